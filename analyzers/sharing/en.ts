import { defineTexts } from '../kit/define';

export const en = defineTexts({
  rules: {
    'sharing/own-link-only': {
      label: 'Only your own link',
      message: 'The only link goes to your own site',
      why: "A post that exists to send people to your site reads as an ad. Tell them here what they will get, and now and then share someone else's good work too.",
      suggestions: [
        'Put the key point in the post itself, then offer the link for those who want more.',
        'Next time, share a useful piece by someone else, with a line on why it is worth reading.',
      ],
    },
  },
  strengths: {
    'others-content': 'Shares someone else’s work',
  },
});
