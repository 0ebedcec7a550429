import type { Catalogue } from './types';

export const en: Catalogue = {
  rules: {
    'begging/like': {
      message: 'Asking for likes or reactions',
      why: 'A like you asked for tells you nothing about whether the post helped anyone. People notice when a page wants applause more than conversation, and trust goes down.',
      suggestions: [
        'Drop the request and end on something worth reacting to: a tip, a result, a question.',
        'Ask what people think instead: "What would you add?"',
      ],
    },
    'begging/share': {
      message: 'Asking people to share or repost',
      why: 'Good posts travel because they are useful, not because they ask to. A share request makes the post about your reach rather than your readers.',
      suggestions: [
        'Make it worth passing on: add the one fact or tip someone would forward to a friend or a colleague.',
        'If it helps a specific person, say who: "Useful if you run a small shop, a club or a team."',
      ],
    },
    'begging/follow': {
      message: 'Asking people to follow or subscribe',
      why: 'Followers gathered by asking rarely stay. People follow a page that keeps giving them something; the request adds nothing to the post.',
      suggestions: [
        'Show what they will get: "Every Friday: what is on this weekend, and one tip."',
        'Drop the request and let what you post bring people back.',
      ],
    },
    'begging/tag': {
      message: 'Asking people to tag friends',
      why: 'Tag requests turn readers into a distribution channel. Friends who get tagged for reach, not relevance, learn to ignore your page.',
      suggestions: [
        'If the post really helps someone, trust readers to send it on.',
        'Invite a real contribution instead: "Who taught you this? Tell us their story."',
      ],
    },
    'begging/reaction-vote': {
      message: 'A vote by reaction',
      why: 'Votes by emoji are a known trick to inflate reactions. They measure clicks, not opinions, and the platforms push such posts down.',
      suggestions: [
        'Ask the question and invite reasons: "Which one, and why?"',
        'Use the platform poll if you really need a count.',
      ],
    },
    'begging/empty-comment': {
      message: 'Asking for a comment with no content',
      why: '"Comment YES" or "type 1" fills the thread with noise. A comment section is worth something when people say something.',
      suggestions: [
        'Ask a question on the post\'s own topic that people can answer from experience: "Which one would you choose, and why?"',
        'Invite a specific contribution: "Tell us what you would change, and why."',
      ],
    },
    'begging/reach': {
      message: 'Pleading for reach or numbers',
      why: "Your follower goal is your goal, not your readers'. Asking them to help you reach it puts the page's vanity ahead of the community.",
      suggestions: [
        'Talk about what the community gets, not the number you want.',
        'Thank the people already here with something useful.',
      ],
    },
    'begging/hashtag': {
      message: 'Follow-for-follow or like-for-like hashtag',
      why: 'Swap hashtags gather accounts that will never read you. They signal that the numbers matter more than the people.',
      suggestions: ['Use one or two hashtags that describe the topic, such as #bakery or #volunteering.'],
    },
    'begging/contest': {
      message: 'A contest whose entry is a like, share, tag or follow',
      why: 'Engagement-for-entry contests buy empty numbers, and most platforms restrict them. The people they bring leave when the prize is gone.',
      suggestions: [
        'Make entry a real contribution: a photo, a tip, a story about using the product.',
        'Reward your regular contributors instead of the most clicks.',
      ],
    },
    'begging/cross-promo': {
      message: 'Sending people to your other pages',
      why: 'Inviting readers to join you elsewhere gives them nothing here. Each community deserves content of its own, not a signpost.',
      suggestions: [
        'Share here what makes the other space worth it, for example the tip you posted there.',
        'Say what only that page offers, and who it is for.',
      ],
    },
    'begging/whole-post': {
      message: 'The post as a whole fishes for reactions ({evidence})',
      why: 'A post built to collect likes, comments or shares, whatever its wording, asks the community to work for your numbers. People react to what helps or moves them, not to what asks for it.',
      suggestions: [
        'Keep the topic and ask something people can really answer: what they would choose, and why.',
        'Give the reader the thing itself (the tip, the news, the photo\u2019s story) and let reactions come.',
      ],
    },
    'self-centred/brag': {
      message: 'Self-congratulation',
      why: 'Readers care about what news changes for them. Pride and superlatives speak about you; the community hears an advert.',
      suggestions: [
        'Lead with what it changes for the reader ("Fresh bread from 7 am, now on Sundays too"); for a new job, say what you will work on and for whom.',
        'Credit the people who made it happen and say what they learned.',
      ],
    },
    'self-centred/vanity-metric': {
      message: 'Celebrating a follower or like count',
      why: 'Follower counts are a vanity metric: they feel good but say nothing about the value you bring. Readers are people, not a number.',
      suggestions: [
        'Thank the community with something for them: a resource, a behind-the-scenes lesson.',
        'Share what the community taught you, not how big it is.',
      ],
    },
    'self-centred/self-focus': {
      message: 'Mostly about the author: {self} words about "I/we" for {reader} about the reader',
      why: 'A post that talks only about the author builds an empire, not a community. Readers stay when they see what is in it for them.',
      suggestions: [
        'Rewrite one sentence from the reader\'s side: "You can…", "If you…".',
        'Add the takeaway: what should the reader know or do after reading?',
      ],
    },
    'self-centred/whole-post': {
      message: 'The post as a whole is about the author, not the reader ({evidence})',
      why: 'Your own news, products, people and successes interest readers when they see what is in it for them. Told for their own sake, they turn the page into an advertisement, and a community into an audience.',
      suggestions: [
        'Open with what it changes for the reader: what they can now do, learn, try or avoid.',
        'Keep one line about you, then give the detail that helps: how, when, where, for whom.',
      ],
    },
    'missing-value/promo-only': {
      message: 'Only promotion: the reader gets nothing else',
      why: 'A page that only sells is easy to scroll past. Give something first (information, advice, a story) and the offer lands better.',
      suggestions: [
        'Add what the product solves and one concrete detail: who it is for, what changes.',
        'Pair the offer with a tip people can use even if they do not buy.',
      ],
    },
    'missing-value/filler': {
      message: 'A greeting with nothing behind it',
      why: "Filler posts take a place in people's feeds without giving anything. Post when you have something for them.",
      suggestions: [
        'Keep the greeting and add one thing: a tip for the week, a question, a piece of news that matters to them.',
        'Ask something real: "What is your plan for this weekend?"',
      ],
    },
    'missing-value/teaser': {
      message: 'A link with no reason to click',
      why: 'A bare "new post, check it out" asks for a click without saying what the reader will get. Describe the value and the click follows.',
      suggestions: [
        'Say in one sentence what the reader will find: "Our galette recipe, with the trick for a flaky crust" or "The new bin collection days, street by street".',
        'Quote the most useful line of the article.',
      ],
    },
    'missing-value/cross-promo': {
      message: 'Only an invitation to go elsewhere',
      why: 'This post gives readers nothing where they are. A community needs content of its own.',
      suggestions: ['Share here the best of what you post there, and say why it matters to them.'],
    },
    'missing-value/whole-post': {
      message: 'Once read, the post leaves the reader with nothing ({evidence})',
      why: 'A post earns its place in a feed by giving something: a fact, a tip, a story with its lesson, a real question, an event with its details. Slogans, teasers and greetings alone are scrolled past, and teach people to scroll past the page.',
      suggestions: [
        'Add the one thing a reader can use: a detail, a date, a how-to, what the link holds and why it helps.',
        'If it is a greeting or a slogan, attach it to something real: news from the team, a question for them.',
      ],
    },
    'site-rules/too-long': {
      message: "{count}/{limit} characters: over the site's limit",
      why: 'The site will refuse the post or cut it where it chooses. Better to choose yourself what the reader sees.',
      suggestions: [
        'Keep one idea per post and move the rest to a thread or a comment.',
        'Cut the introduction: start with what the reader needs.',
      ],
    },
    'site-rules/fold': {
      message: 'Nothing before “see more” makes anyone click',
      why: 'LinkedIn shows only the first two or three lines. If they give no reason to read on (a question, a fact, a promise), most readers never see the rest.',
      suggestions: [
        'Open with the most useful line: the result, the question or the surprise.',
        'Put the context after the fold, not before it.',
      ],
    },
    'site-rules/long-comment': {
      message: 'A {count}-character comment',
      why: "A comment answers someone. A long one buries the answer and reads like a post of your own in someone else's thread.",
      suggestions: [
        'Answer the person in two or three sentences.',
        'If you have more to say, write your own post and link to it.',
      ],
    },
    'sharing/own-link-only': {
      message: 'The only link goes to your own site',
      why: "A post that exists to send people to your site reads as an ad. Tell them here what they will get, and now and then share someone else's good work too.",
      suggestions: [
        'Put the key point in the post itself, then offer the link for those who want more.',
        'Next time, share a useful piece by someone else, with a line on why it is worth reading.',
      ],
    },
    'repetition/repeat': {
      message: 'Nearly the same text as one of your drafts {ago}',
      why: 'People who follow you see it twice. Repeating the same words tells them the post is for the feed, not for them.',
      suggestions: [
        'Say what is new since last time: a result, a question people asked, a change.',
        'Keep the old post and answer in its comments instead of posting it again.',
      ],
    },
    'repetition/cross-post': {
      message: 'The same text as your {site} draft {ago}',
      why: 'Many of your readers follow you on several sites: the same words everywhere tell them you are broadcasting. Each site has its own readers and habits.',
      suggestions: [
        'Adapt it: a short hook for X, the why for LinkedIn, the photo and the date for Facebook.',
        'Post it on the site where it fits best, and something different elsewhere.',
      ],
    },
    'oversharing/personal': {
      message: 'A very personal detail on a professional profile',
      why: 'Health, family conflicts and money troubles are yours to share, but on a work network they stay with your name for years, in front of clients and recruiters.',
      suggestions: [
        'Keep the lesson and leave out the private detail.',
        'Share it with people you trust in a private message.',
      ],
    },
    'oversharing/political': {
      message: 'A political rant on a professional profile',
      why: 'A rant about parties or politicians splits your professional audience and drowns what you do. Your views are yours; the network is where people come for your work.',
      suggestions: [
        'If the topic touches your field, say what it changes for your clients or your trade, calmly.',
        'Keep the rant for a personal account.',
      ],
    },
    'replies/pitch': {
      message: 'A sales pitch in someone else’s thread',
      why: 'A comment answers the person who wrote. Selling under their post takes their audience for yours, and readers skip it as an ad.',
      suggestions: [
        'Answer the question or add something useful to the thread, without selling.',
        'If your offer really helps, say so in a private message, or in a post of your own.',
      ],
    },
    'formulas/hashtag-stuffing': {
      message: '{count} hashtags: more than people expect here ({normal} at most)',
      why: 'Piles of hashtags are a ranking game readers see through, and they bury the message. A couple of relevant tags do the work.',
      suggestions: [
        'Keep the one or two hashtags that describe the topic.',
        'Write the words into the sentence instead of tagging them.',
      ],
    },
    'formulas/shouting': {
      message: 'Capitals read as shouting',
      why: 'A run of words in capitals reads as raising your voice, and it is harder to read. Emphasis works better with a short sentence of its own.',
      suggestions: ['Write it in normal case and let the words carry the weight.', 'Keep capitals for acronyms.'],
    },
    'formulas/exclamations': {
      message: 'A run of exclamation marks',
      why: 'Several exclamation marks announce excitement instead of showing it; one is plenty, often none.',
      suggestions: ['Use one exclamation mark, or a full stop: the news itself carries the excitement.'],
    },
    'formulas/emoji-wall': {
      message: 'A wall of emoji',
      why: 'A long run of emoji stands where the reader expected words, and screen readers read every one aloud.',
      suggestions: ['Keep one or two emoji that add meaning.', 'Say in words what the emoji were meant to say.'],
    },
    'oversharing/email': {
      message: 'An e-mail address in a public post',
      why: 'Anyone can copy it: spam, phishing, people you did not mean to reach. A public post stays searchable for years.',
      suggestions: [
        'Point to a contact form or to direct messages instead.',
        "If the address is meant to be public (a shop's), that is fine: leave it.",
      ],
    },
    'oversharing/phone': {
      message: 'A phone number in a public post',
      why: "Everyone who reads the post, and every scraper, now has the number. Fine for a shop's line; risky for a personal one.",
      suggestions: [
        'Invite people to write to you in direct messages.',
        'Use a professional number if people really need to call.',
      ],
    },
    'oversharing/address': {
      message: 'A postal address in a public post',
      why: 'An address in a public post tells strangers where someone lives or will be. Share it privately with the people who need it.',
      suggestions: [
        "Give the neighbourhood or the venue's name, and the address in private.",
        'For an event, link to its page instead.',
      ],
    },
    'oversharing/bank-details': {
      message: 'Bank or card details in a public post',
      why: 'An IBAN or a card number in public invites fraud. Even for a collection, share them only in private.',
      suggestions: [
        'Remove the number and say you will send it in a direct message.',
        'For a collection, use a fundraising page.',
      ],
    },
    'replies/defensive': {
      message: 'A defensive answer',
      why: 'Telling an unhappy customer it is their fault, or pointing at the terms, ends the conversation in public. Everyone reading sees how you treat people who have a problem.',
      suggestions: [
        'Acknowledge the problem first: “That should not have happened.”',
        'Say what you will do and when, then do it.',
      ],
    },
    'replies/boilerplate': {
      message: 'A copy-paste apology with nothing to act on',
      why: '“Sorry for the inconvenience, please DM us” reads as a template. Being nice does not fix the product; saying what will be done and when does, and keeps everyone informed.',
      suggestions: [
        'Say what happened, what you are doing about it and by when.',
        'Answer the person by name and about their actual problem.',
      ],
    },
  },
  strengths: {
    question: 'A question to the reader',
    thanks: 'Thanks or credit to someone',
    tip: 'A concrete tip or advice',
    figure: 'A number or a fact',
    story: 'A personal story with a takeaway',
    event: 'An invitation to a real event',
    explanation: 'Explains why',
    list: 'Steps or a list',
    'reader-focus': 'Speaks to the reader',
    benefit: 'Says what the reader gets',
    'others-content': 'Shares someone else’s work',
  },
  house: {
    why: 'Your team agreed on this in its house rules ({pack}): it is how this community writes.',
    avoid: 'Say it in your own words, the way your team does.',
    require: 'Add one of: {list}.',
    quote: '“{phrase}”',
  },
};
