/** What a house rule says when its pack leaves something out. Placeholders: `{pack}`, `{list}`, `{phrase}`. */
export const en = {
  house: {
    why: 'Your team agreed on this in its house rules ({pack}): it is how this community writes.',
    avoid: 'Say it in your own words, the way your team does.',
    require: 'Add one of: {list}.',
    quote: '“{phrase}”',
  },
};
