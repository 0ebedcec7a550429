/** What makes an answer worth more than an apology: what will be done, and when. */
export const ACTION = [
  'we_re|we_are|we_ll|we_will|i_ll|i_will|i_m|i_am|we ~2 fix|fixing|refund|refunding|replace|replacing|send|sending|look|looking|investigate|investigating|call|calling|ship|shipping|update|updating|check|checking',
  'fixed|refunded|replaced|shipped|resolved|sent ~3 today|tomorrow|yesterday|already|now',
  'by|before|on|within|until|next ~1 monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|end|week|{number}',
  'nous|on|je ~2 corrigeons|corrige|remboursons|rembourse|remplacons|remplace|envoyons|envoie|regardons|regarde|verifions|verifie|appelons|appelle|expedions|expedie|allons|vais',
  'corrige|rembourse|remplace|expedie|envoye|resolu|regle|parti|partie|part ~3 aujourd|demain|hier|deja|maintenant',
  'd ici|avant|sous|dans|des|jusqu ~2 lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce|soir|fin|semaine|{number}',
];
