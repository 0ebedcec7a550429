import { defineTexts } from '../kit/define';

export const en = defineTexts({
  rules: {
    'replies/pitch': {
      label: 'Sales pitch in a comment',
      message: 'A sales pitch in someone else’s thread',
      why: 'A comment answers the person who wrote. Selling under their post takes their audience for yours, and readers skip it as an ad.',
      suggestions: [
        'Answer the question or add something useful to the thread, without selling.',
        'If your offer really helps, say so in a private message, or in a post of your own.',
      ],
    },
    'replies/defensive': {
      label: 'Defensive answer',
      message: 'A defensive answer',
      why: 'Telling an unhappy customer it is their fault, or pointing at the terms, ends the conversation in public. Everyone reading sees how you treat people who have a problem.',
      suggestions: [
        'Acknowledge the problem first: “That should not have happened.”',
        'Say what you will do and when, then do it.',
      ],
    },
    'replies/boilerplate': {
      label: 'Copy-paste apology',
      message: 'A copy-paste apology with nothing to act on',
      why: '“Sorry for the inconvenience, please DM us” reads as a template. Being nice does not fix the product; saying what will be done and when does, and keeps everyone informed.',
      suggestions: [
        'Say what happened, what you are doing about it and by when.',
        'Answer the person by name and about their actual problem.',
      ],
    },
  },
});
