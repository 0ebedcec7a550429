import { defineTexts } from '../kit/define';

export const fr = defineTexts({
  rules: {
    'repetition/repeat': {
      label: 'Le même texte encore',
      message: 'Presque le même texte qu’un de vos brouillons {ago}',
      why: 'Ceux qui vous suivent le verront deux fois. Répéter les mêmes mots leur dit que le post est pour le fil, pas pour eux.',
      suggestions: [
        'Dites ce qui est nouveau depuis : un résultat, une question qu’on vous a posée, un changement.',
        'Gardez l’ancien post et répondez dans ses commentaires plutôt que de le republier.',
      ],
    },
    'repetition/cross-post': {
      label: 'Le même texte sur plusieurs sites',
      message: 'Le même texte que votre brouillon {site} {ago}',
      why: 'Beaucoup de vos lecteurs vous suivent sur plusieurs sites : les mêmes mots partout leur disent que vous diffusez. Chaque site a ses lecteurs et ses usages.',
      suggestions: [
        'Adaptez-le : une accroche courte pour X, le pourquoi pour LinkedIn, la photo et la date pour Facebook.',
        'Publiez-le là où il a le plus sa place, et autre chose ailleurs.',
      ],
    },
  },
  /** The message's `{ago}`: the catalogue has no plural rules, so numbers stay with short units. */
  ago: { underAnHour: 'il y a moins d’une heure', hours: 'il y a {n} h', days: 'il y a {n} j' },
});
