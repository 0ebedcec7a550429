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
      phrases: [
        {
          confidence: 0.6,
          patterns: [
            'we|i offer|sell|provide ~3 this|exactly|the_same|such|service|services|solution|solutions',
            'dm|pm|message|contact ~1 me|us ~1 for ~1 a ~1 quote|price|prices|pricing|demo|discount',
            'check out|try ~1 our|my ~2 app|product|products|service|services|tool|course|agency|offer|shop|store',
            'book ~1 a ~1 call|demo ~2 with ~1 me|us',
            'use ~2 code|coupon {any}',
            'promo|discount|coupon code',
            '{number} % off',
            'link in ~1 my|our ~1 bio|profile',
          ],
        },
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
      phrases: [
        // The negation is the defence itself: "not our fault".
        {
          confidence: 0.7,
          ignoreNegation: true,
          patterns: [
            'not our fault|problem|responsibility',
            'we_re|we_are ~1 not responsible|liable',
            'you should|could have ~1 read|checked|contacted|ordered|followed',
            'as stated|explained|mentioned|written ~1 in ~1 our|the ~1 terms|conditions|policy|faq|instructions|description',
            'please read ~2 terms|conditions|policy|faq|instructions',
            'user error',
          ],
        },
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
      phrases: [
        {
          confidence: 0.6,
          patterns: [
            'sorry|apologize|apologise|apologies ~3 inconvenience|trouble|frustration',
            'sorry to hear ~1 about ~1 that|this|your',
            'thank|thanks ~2 for ~1 your ~1 feedback|patience|understanding',
            'please|kindly ~1 dm|pm|message|contact ~1 us|our',
            'send us a ~1 dm|pm|private|direct',
            'reach out to ~1 our ~2 team|support|service',
          ],
        },
      ],
    },
  },
});
