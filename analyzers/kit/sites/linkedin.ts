import { defineSite } from './define';

export const linkedin = defineSite({
  id: 'linkedin',
  name: 'LinkedIn',
  where: { en: 'LinkedIn: posts and comments', fr: 'LinkedIn : publications et commentaires' },
  hosts: ['www.linkedin.com'],
  kinds: ['post', 'comment', 'reply'],
  limits: { post: 3000, comment: 1250, reply: 1250 },
  counting: 'code-points',
  // Roughly 140 to 210 characters, by device.
  fold: 180,
  hashtags: [6, 9],
  networkNames: ['linkedin'],
});
