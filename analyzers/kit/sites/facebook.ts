import { defineSite } from './define';

export const facebook = defineSite({
  id: 'facebook',
  name: 'Facebook',
  where: {
    en: 'Facebook: posts, comments and Messenger replies',
    fr: 'Facebook : publications, commentaires et réponses Messenger',
  },
  hosts: ['www.facebook.com'],
  kinds: ['post', 'comment', 'reply'],
  limits: { post: 63206, comment: 8000, reply: 8000 },
  counting: 'code-points',
  hashtags: [4, 7],
  networkNames: ['facebook', 'fb', 'meta'],
});
