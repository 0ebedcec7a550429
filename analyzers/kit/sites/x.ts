import { defineSite } from './define';

export const x = defineSite({
  id: 'x',
  name: 'X',
  where: { en: 'X: new posts, replies and quote posts', fr: 'X : nouveaux posts, réponses et citations' },
  hosts: ['x.com', 'twitter.com'],
  kinds: ['post', 'reply'],
  limits: { post: 280, reply: 280, comment: 280 },
  counting: 'x-weighted',
  hashtags: [3, 5],
  networkNames: ['x', 'twitter', 'tweet'],
});
