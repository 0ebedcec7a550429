import { testAnalyzer } from '../kit/test-analyzer';
import { repliesModule } from './index';

testAnalyzer(repliesModule, {
  valid: [
    { text: 'Sorry for the inconvenience, please DM us.', kind: 'post' }, // posts are not replies
    {
      text: 'You are right, the update broke exports. We are fixing it and will ship the fix by Friday.',
      kind: 'reply',
    },
    {
      rule: 'replies/boilerplate',
      text: 'Sorry for the trouble: your refund was sent today, it shows in 3 days.',
      kind: 'reply',
    },
    { text: 'Thanks for your patience. We are replacing the part and it ships tomorrow.', kind: 'comment' },
    { rule: 'replies/defensive', text: 'Great question! The export is under Settings > Data.', kind: 'reply' },
    {
      text: 'Vous avez raison, la mise à jour a cassé l’export. Nous corrigeons et la correction sort d’ici vendredi.',
      kind: 'reply',
    },
    { text: 'Désolés pour la gêne : le remboursement est parti aujourd’hui, comptez 3 jours.', kind: 'reply' },
    { text: 'Merci pour votre patience, nous remplaçons la pièce, expédition demain.', kind: 'comment' },
    { text: 'Bonne question ! L’export est dans Réglages > Données.', kind: 'reply' },
    { text: 'Love this, thanks for sharing!', kind: 'comment' },
    { text: 'Check out our new app: it does exactly this.', kind: 'post' }, // a post may present its own work
    { rule: 'replies/pitch', text: 'We tried the same at our agency and it halved our review time.', kind: 'comment' },
    { text: 'Nous avons testé la même méthode : deux réunions de moins par semaine.', kind: 'comment' },
    { text: 'Which service do you use for the exports?', kind: 'reply' },
  ],
  invalid: [
    {
      text: 'Great point! We offer exactly this service, DM me for a quote.',
      kind: 'comment',
      findings: [
        { rule: 'replies/pitch', excerpt: 'We offer exactly' },
        { rule: 'replies/pitch', excerpt: 'DM me for a quote' },
      ],
    },
    {
      text: 'Nice thread. Check out our course, use code THREAD20!',
      kind: 'comment',
      findings: [
        { rule: 'replies/pitch', excerpt: 'Check out our course' },
        { rule: 'replies/pitch', excerpt: 'use code THREAD20' },
      ],
    },
    {
      text: 'Top ! Découvrez notre formation, code promo FIL20',
      kind: 'comment',
      findings: [
        { rule: 'replies/pitch', excerpt: 'Découvrez notre formation' },
        { rule: 'replies/pitch', excerpt: 'code promo' },
      ],
    },
    {
      text: 'Tout à fait. Nous proposons justement ce service, MP pour un devis.',
      kind: 'reply',
      findings: [
        { rule: 'replies/pitch', excerpt: 'Nous proposons justement' },
        { rule: 'replies/pitch', excerpt: 'MP pour un devis' },
      ],
    },
    {
      text: 'Link in my bio for the full method',
      kind: 'comment',
      findings: [{ rule: 'replies/pitch', excerpt: 'Link in my bio' }],
    },
    {
      text: 'That is not our fault, the delivery company lost it.',
      kind: 'reply',
      findings: [{ rule: 'replies/defensive', excerpt: 'not our fault' }],
    },
    {
      text: 'You should have read the instructions before installing.',
      kind: 'reply',
      findings: [{ rule: 'replies/defensive', excerpt: 'You should have read' }],
    },
    {
      text: 'As stated in our terms, returns are not accepted.',
      kind: 'comment',
      findings: [{ rule: 'replies/defensive', excerpt: 'As stated in our terms' }],
    },
    {
      text: 'We apologize for any inconvenience. Please DM us.',
      kind: 'reply',
      findings: [
        { rule: 'replies/boilerplate', excerpt: 'apologize for any inconvenience' },
        { rule: 'replies/boilerplate', excerpt: 'Please DM us' },
      ],
    },
    {
      text: 'Thank you for your feedback.',
      kind: 'reply',
      findings: [{ rule: 'replies/boilerplate', excerpt: 'Thank you for your feedback' }],
    },
    {
      text: 'Ce n’est pas de notre faute, le transporteur l’a perdu.',
      kind: 'reply',
      findings: [{ rule: 'replies/defensive', excerpt: 'pas de notre faute' }],
    },
    {
      text: 'Vous auriez dû lire la notice avant.',
      kind: 'reply',
      findings: [{ rule: 'replies/defensive', excerpt: 'Vous auriez dû' }],
    },
    {
      text: 'Conformément à nos CGV, les retours ne sont pas acceptés.',
      kind: 'comment',
      findings: [{ rule: 'replies/defensive', excerpt: 'Conformément à nos CGV' }],
    },
    {
      text: 'Nous sommes désolés pour la gêne occasionnée.',
      kind: 'reply',
      findings: [{ rule: 'replies/boilerplate', excerpt: 'désolés pour la gêne' }],
    },
    {
      text: 'Merci pour votre retour. Contactez notre service client.',
      kind: 'reply',
      findings: [
        { rule: 'replies/boilerplate', excerpt: 'Merci pour votre retour' },
        { rule: 'replies/boilerplate', excerpt: 'Contactez notre service' },
      ],
    },
  ],
});
