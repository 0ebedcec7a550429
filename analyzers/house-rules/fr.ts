/** What a house rule says when its pack leaves something out. Placeholders: `{pack}`, `{list}`, `{phrase}`. */
export const fr = {
  house: {
    why: 'Votre équipe en a convenu dans ses règles maison ({pack}) : c’est ainsi que cette communauté écrit.',
    avoid: 'Dites-le avec vos mots, comme le fait votre équipe.',
    require: 'Ajoutez l’un de ces éléments : {list}.',
    quote: '« {phrase} »',
  },
};
