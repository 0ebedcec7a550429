import { defineTexts } from '../kit/define';

/** Words before the verb that make it a statement, not a request ("je partage", "on aime"). */
const PAS_UNE_DEMANDE =
  '<!je|j|on|nous|il|elle|ils|elles|qui|de|d|a|pour|te|les|se|s|me|m|le|un|du|au|des|mon|ton|son|notre|votre|leur|ce|en|y|l|vous|tu';

export const fr = defineTexts({
  rules: {
    'begging/like': {
      label: 'Demander des likes',
      message: 'Demande de likes ou de réactions',
      why: 'Un like réclamé ne dit rien de l\u2019utilité du post. Les gens sentent quand une page cherche les applaudissements plutôt que l\u2019échange, et la confiance baisse.',
      suggestions: [
        'Supprimez la demande et terminez sur quelque chose qui mérite une réaction : un conseil, un résultat, une question.',
        'Demandez plutôt un avis : « Qu\u2019est-ce que vous ajouteriez ? »',
      ],
      phrases: [
        {
          confidence: 0.9,
          patterns: [
            `${PAS_UNE_DEMANDE} likez|kiffez`,
            `${PAS_UNE_DEMANDE} like|likez si|quand`,
            '1|un like|coeur si|pour|quand',
            `${PAS_UNE_DEMANDE} like|likez|rt pour ~2 partie|suite|plus`,
            `${PAS_UNE_DEMANDE} like|aime|aimez ~1 et|ou ~1 partage|partagez|commente|commentez|abonne|abonnez|rt|retweete|retweetez|identifie|identifiez|repost*`,
            // "Je mets mon cœur dans…" tells how the writer works: only the imperative asks.
            '<!je|j|tu|on|il|elle|qui laissez|laisse|mettez|mets|lachez|lache|donnez|donne|envoyez|balancez|claquez ~2 like|likes|pouce|pouces|coeur|coeurs|reaction|reactions|j',
            'cliquez|clique|appuyez|appuie|tapez ~2 j aime|like|pouce|coeur',
            'un|des|vos ~1 like|likes|coeur|coeurs|pouce|pouces|reactions ~1 svp|stp|please|pls|merci|bienvenus|apprecies',
            'petit ~1 like|pouce|coeur',
            'oubliez|oublie pas ~2 liker|like|likez|mettre|laisser|reagir',
            'pensez|pense a ~2 liker|like|reagir',
            '1|un like|coeur ~1 1|un',
            `${PAS_UNE_DEMANDE} like|likez|aimez|kiffez ce|cette|la|le|ma|mon|notre|nos post|publication|page|photo|video|tweet|reel|statut`,
            'chaque like ~1 compte|aide|fait',
          ],
        },
        {
          confidence: 0.8,
          patterns: ['1|un|une {emoji} si|pour'],
        },
      ],
    },
    'begging/share': {
      label: 'Demander des partages',
      message: 'Demande de partage',
      why: 'Un bon post circule parce qu\u2019il est utile, pas parce qu\u2019il le demande. Réclamer des partages met en avant votre audience plutôt que vos lecteurs.',
      suggestions: [
        'Rendez-le digne d\u2019être transmis : ajoutez le fait ou l\u2019astuce qu\u2019on enverrait à un ami ou à un collègue.',
        'S\u2019il aide quelqu\u2019un en particulier, dites qui : « Utile si vous tenez une boutique, une association ou une équipe. »',
      ],
      phrases: [
        {
          confidence: 0.9,
          patterns: [
            // "Partagez en commentaire votre meilleure astuce" asks for substance (shared/ANNOTATION.md).
            `${PAS_UNE_DEMANDE} partagez|repartagez|diffusez|relayez|retweetez|repostez ~1 ce|cette|cet|le|la|l|les|ma|mon|mes|notre|nos|ca|massivement|autour|a|au|aux|un|partout|largement|vite|svp|stp|si|sans|et|en|max|fond|please|pls !~4 astuce|astuces|conseil|conseils|experience|experiences|histoire|histoires|idee|idees|question|questions|recette|recettes`,
            // "partage" is also the participle ("un jardin partagé à la mairie"): only with what makes it a request.
            `${PAS_UNE_DEMANDE} partage|repartage|diffuse|relaie|retweete|reposte ~1 ce|cette|ca|autour|stp|svp|si|massivement|partout|vite`,
            `${PAS_UNE_DEMANDE} partagez|repartagez|diffusez|relayez|retweetez|repostez|rt !{any}`,
            // "Faites circuler les autres branches" asks for trains, not shares.
            'faites|fais ~1 tourner|circuler !~4 trains|train|rer|metro|metros|bus|branches|rames|rame|tram|trams|ligne|lignes|navettes',
            // "Une note de blog à découvrir et partager"
            'a decouvrir|lire|voir|regarder|ecouter ~1 et partager|diffuser|relayer|repartager',
            '<!je|j|on|nous|il|elle|ils|elles|qui en partageant|relayant|retweetant|diffusant ~1 cette|ce|notre|ma|mon|nos|mes ~1 publication|post|page|tweet|video|message',
            `${PAS_UNE_DEMANDE} rt|retweetez|partage|partagez|repartagez si|quand`,
            '1|un rt|partage si|pour|quand',
            `${PAS_UNE_DEMANDE} retweetez|repostez|repartagez`,
            'rt|retweet|retweetez rt|retweet|retweetez',
            'follow|suivez|abonne|abonnez ~1 rt|retweet|partage|partagez',
            // "like + rt et je t’envoie le lien"
            'like|likez rt|retweet',
            'rt|retweet|retweetez|repostez|partagez|partage|partages ~1 svp|stp|please|pls|merci',
            'merci de|d ~1 liker|partager|relayer|diffuser|retweeter|rt|repartager !votre|vos|ton|tes|ta|vo|ses|leur|leurs',
            'un|vos|des partage|partages|rt ~1 svp|stp|merci|aiderait|aide|apprecies|bienvenus',
            'chaque partage|rt|retweet ~1 compte|aide|fait',
            'oubliez|oublie pas ~2 partager|repartager|retweeter|relayer|diffuser',
            'hesitez|hesite pas a ~1 partager|relayer|diffuser|repartager|retweeter !votre|vos|ton|tes|ta|experience|avis|idees|astuces',
            'pensez|pense a ~2 partager|relayer|diffuser !votre|vos|ton|tes|ta',
            'partagez|partage|repartagez ~2 a|avec ~2 potes|amis|copains|copines|proches|famille|entourage|contacts|reseau|tous',
          ],
        },
      ],
    },
    'begging/follow': {
      label: 'Demander des abonnements',
      message: 'Demande d\u2019abonnement',
      why: 'Les abonnés obtenus en les demandant restent rarement. On suit une page qui apporte quelque chose à chaque fois ; la demande n\u2019ajoute rien au post.',
      suggestions: [
        'Montrez ce qu\u2019on y gagne : « Chaque vendredi : le programme du week-end et une astuce. »',
        'Retirez la demande : ce que vous publiez donnera envie de revenir.',
      ],
      phrases: [
        {
          confidence: 0.9,
          patterns: [
            // "Votre espace abonné vous permet…", "un abonné vous écrit": the noun, not the verb. "Abonnez-vous à vos
            // concurrents" advises; "abonnez-vous et posez vos questions" asks twice.
            '<!nos|mes|les|des|vos|aux|ses|leurs|chers|nouveaux|tes|espace|un|une|le|l|cher|chere|votre|notre|mon|ton|son|chaque|cet|nouvel|fidele abonnez|abonne|abonnes vous|toi !~2 vos|tes|leurs|ses !~5 concurrents|concurrent|concurrence',
            `${PAS_UNE_DEMANDE} abonnez !~5 vos|tes|leurs|ses|concurrents|concurrent`,
            '<!je|j|ne|n|tu|qui suivez|suis|suivre ~1 nous|moi',
            `${PAS_UNE_DEMANDE} suivez|suis ~1 notre|nos|ma|mon|mes|la|le|cette ~1 page|compte|chaine|blog|profil|newsletter|podcast|actu|actus|aventure|campagne|actualite`,
            // "Je vous invite à me suivre", "on vous invite à suivre @compte"; "vous invite à nous rejoindre samedi" invites to an event.
            'vous|t invite|invitons|invitent a ?me|nous|vous suivre|abonner|liker|retweeter !~3 vos|votre|ton|tes|experience|avis|idees|questions',
            's abonner a ~1 notre|ma|mon|la|cette ~1 page|chaine|compte|newsletter',
            'activez|active|activer ~3 cloche|notification|notifications',
            'oubliez|oublie pas ~3 abonner|suivre|activer',
            'pensez|pense a ~3 abonner|suivre|activer',
            'un|vos|des abonnement|abonnements|abos|abo ~1 svp|stp|merci|aide|aiderait|bienvenus',
            'nouveaux|nouvelles abonnes|abonnees ~1 bienvenus|recherches|bienvenue',
            'pas encore abonne|abonnes|abonnee|abonnees',
          ],
        },
      ],
    },
    'begging/tag': {
      label: 'Demander d’identifier des amis',
      message: 'Demande d\u2019identifier des amis',
      why: 'Demander d\u2019identifier des amis transforme les lecteurs en canal de diffusion. Les amis identifiés pour la portée, et non pour le sujet, finissent par ignorer la page.',
      suggestions: [
        'Si le post aide vraiment quelqu\u2019un, faites confiance aux lecteurs pour le transmettre.',
        'Invitez une vraie contribution : « Qui vous a appris ça ? Racontez-nous. »',
      ],
      phrases: [
        {
          confidence: 0.9,
          patterns: [
            '<!je|j|on|nous|qui|vous|tu|il|elle identifiez|identifie|taguez|tague|taggez|taggue|tag|mentionnez|mentionne ?{number} ~1 ami|amis|amie|amies|pote|potes|copain|copains|copine|copines|personne|personnes|quelqu_un|quelqu|collegue|collegues|proche|proches|bff|meilleur|meilleure|soeur|frere|maman|papa|famille|celui|celle|ceux|celles|tous|manager|managers|chef|chefs|boss|recruteur|recruteuse|dev|developpeur|developpeuse|voisin|voisine|voisins|parent|parents',
            'oubliez|oublie pas ~2 identifier|taguer|tagger|mentionner',
            '<!je|j|on|nous|qui|vous|tu|il|elle|les|se identifiez|identifie|taguez|tague|taggez|mentionnez|mentionne un|une|quelqu_un|votre|vos|ton|ta|tes !photo|photos|publication|publications|post|posts|image|images|video|videos|contenu|lieu|produit|produits|lien|liens|compte|comptes|page|pages',
            '<!je|j|on|nous|qui|vous|tu|il|elle identifiez|identifie|taguez|tague|taggez|mentionnez ton|ta|tes|votre|vos ~2 ami|amie|amis|amies|pote|potes|bff|meilleur|meilleure|collegue|collegues|soeur|frere|mere|pere|maman|papa|moitie|cheri|cherie|copain|copine|boss|chef|equipe',
          ],
        },
      ],
    },
    'begging/reaction-vote': {
      label: 'Votes par réaction',
      message: 'Vote par réaction',
      why: 'Les votes par émoji servent à gonfler les réactions. Ils mesurent des clics, pas des avis, et les plateformes les rendent moins visibles.',
      suggestions: [
        'Posez la question et demandez pourquoi : « Lequel, et pour quelle raison ? »',
        'Utilisez le sondage de la plateforme si vous avez vraiment besoin d\u2019un décompte.',
      ],
      phrases: [
        {
          confidence: 0.85,
          patterns: [
            'votez|vote|reagissez|reagis|repondez ~1 avec|par|en ~2 {emoji}|emoji|emojis|reaction|reactions|coeur|pouce|like',
            'votez|reagissez ~2 {emoji}',
          ],
        },
      ],
    },
    'begging/empty-comment': {
      label: 'Demander des commentaires vides',
      message: 'Demande de commentaire sans contenu',
      why: '« Tapez 1 » ou « commentez OUI » remplit le fil de bruit. Les commentaires valent quelque chose quand les gens disent quelque chose.',
      suggestions: [
        'Posez une question sur le sujet du post, à laquelle on répond par son expérience : « Laquelle choisiriez-vous, et pourquoi ? »',
        'Invitez une contribution précise : « Dites-nous ce que vous changeriez, et pourquoi. »',
      ],
      phrases: [
        {
          confidence: 0.85,
          inQuotes: true,
          patterns: [
            '<!je|j|on|nous|vous|tu|il|elle|qui tapez|tape|ecrivez|ecris|commentez|commente|repondez|reponds|mettez|mets ~1 oui|ok|go|info|interesse|interessee|interesses|partant|partante|amen|yes|je|{emoji}',
            '<!je|j|on|nous|vous|tu|il|elle|qui|les|des|du|aux|le|la tapez|tape|commentez|commente|repondez|reponds|mettez ~1 {number} !chose|choses|mot|mots|astuce|astuces|idee|idees|raison|raisons|exemple|exemples|conseil|conseils|livre|livres|outil|outils|erreur|erreurs|minute|minutes',
            'un|une ~1 {emoji} ~1 en|dans ~1 commentaire|commentaires|comm|comms|com',
            'tapez|tape|ecrivez|ecris|commentez|commente|mettez|mets moi|oui|ok|go ~1 en|dans ~1 commentaire|commentaires|comm|comms|com',
          ],
        },
      ],
    },
    'begging/reach': {
      label: 'Appels à la visibilité',
      message: 'Appel à faire grimper les chiffres',
      why: 'Votre objectif d\u2019abonnés est le vôtre, pas celui des lecteurs. Leur demander de vous aider à l\u2019atteindre place la vanité de la page avant la communauté.',
      suggestions: [
        'Parlez de ce que la communauté y gagne, pas du chiffre visé.',
        'Remerciez ceux qui sont déjà là avec quelque chose d\u2019utile.',
      ],
      phrases: [
        {
          confidence: 0.9,
          patterns: [
            'aidez|aide nous|moi ~3 atteindre|passer|depasser|arriver|franchir|grimper|grandir|toucher|gagner|doubler|tripler',
            'aidez|aide nous|moi ~2 en ~1 likant|partageant|commentant|abonnant|relayant',
            'objectif|cap|route ~2 {number} ~1 abonnes|abonnees|likes|fans|followers|membres|abos|vues',
            'plus_que {number} ~1 abonnes|abonnees|likes|fans|followers|abos|abonnements ~2 pour',
            'encore {number} ~1 abonnes|abonnees|likes|fans|followers|abos|abonnements ~2 pour',
            'boostez|booste|boostons ~1 ce|cette|la|le|ma|mon|notre ~1 post|publication|page|tweet|video|compte',
            'faites|fais ~2 grimper|monter|exploser ~2 compteur|chiffres|abonnes|likes|vues|stats',
            'pour|aider|aidez|plaire ~2 algorithme|algo !change|changent|evolue|fonctionne|marche',
          ],
        },
      ],
    },
    'begging/hashtag': {
      label: 'Hashtags d’abonnement mutuel',
      message: 'Hashtag d\u2019échange de likes ou d\u2019abonnements',
      why: 'Ces hashtags attirent des comptes qui ne vous liront jamais. Ils montrent que les chiffres comptent plus que les personnes.',
      suggestions: ['Gardez un ou deux hashtags qui décrivent le sujet, comme #boulangerie ou #bénévolat.'],
      phrases: [
        {
          confidence: 0.9,
          patterns: [
            // "Participez avec le hashtag #…": the tweets are the point, for the trend.
            'participez|tweetez|twittez ~5 hashtag|hashtags|mot_diese',
            '#abonnetoi|#abonnezvous|#jemabonne|#suivezmoi|#suismoi|#jaimejaime|#jaimepartage|#likepartage|#partagez|#abonnement|#likez|#abonneztous|#echangeabonnes|#abonnesmoi|#followfollow|#identifieunami|#tagueunami|#rt',
          ],
        },
      ],
    },
    'begging/contest': {
      label: 'Concours d’engagement',
      message: 'Concours dont la participation est un like, un partage ou un abonnement',
      why: 'Ces concours achètent des chiffres vides, et la plupart des plateformes les encadrent. Les gens qu\u2019ils attirent repartent avec le lot.',
      suggestions: [
        'Faites participer par une vraie contribution : une photo, une astuce, une histoire avec le produit.',
        'Récompensez vos contributeurs réguliers plutôt que les clics.',
      ],
      phrases: [
        {
          confidence: 0.9,
          patterns: [
            'follow|suivez|abonne|abonnez|like|likez|rt|partage|partagez|identifie|identifiez ~3 pour ~2 gagner|participer|tenter|jouer',
            'pour|comment ~1 participer|jouer|gagner|tenter ~5 abonne|abonnez|abonnes|like|likez|liker|partage|partagez|partager|identifie|identifiez|identifier|tague|taguez|suis|suivez|suivre|commente|commentez|commenter|rt|retweete|retweetez|follow|followez|repost|reposte',
            'concours|giveaway|tirage|jeu ~5 abonne|abonnez|like|likez|partage|partagez|identifie|identifiez|taguez|suivez',
            'gagnant|gagnants|gagnante ~4 parmi ~3 abonnes|likes|partages|commentaires|participants',
          ],
        },
      ],
    },
    'begging/cross-promo': {
      label: 'Demander de suivre ailleurs',
      message: 'Renvoi vers vos autres pages',
      why: 'Inviter à vous rejoindre ailleurs n\u2019apporte rien ici. Chaque communauté mérite un contenu à elle, pas un panneau indicateur.',
      suggestions: [
        'Partagez ici ce qui rend l\u2019autre espace intéressant, par exemple l\u2019astuce publiée là-bas.',
        'Dites ce que seule cette page offre, et à qui elle s\u2019adresse.',
      ],
      phrases: [
        {
          confidence: 0.92,
          patterns: [
            'rejoignez|rejoins|retrouvez|retrouve|suivez|suis|likez nous|moi ?aussi|egalement|vite sur ~2 instagram|insta|ig|tiktok|facebook|fb|linkedin|twitter|youtube|yt|threads|bluesky|snapchat|snap|pinterest|twitch|telegram|whatsapp|discord|autre',
            'rejoignez|rejoins|suivez|likez|aimez|visitez|abonnez ~2 notre|nos|ma|mon autre|nouvelle|nouveau|deuxieme|seconde ~1 page|compte|groupe|chaine|profil',
            'rejoignez|rejoins|suivez|likez|aimez|visitez|abonnez ~2 notre|nos|ma|mon ~1 page|compte|groupe|chaine|profil instagram|insta|ig|tiktok|facebook|fb|linkedin|twitter|youtube|yt|telegram|whatsapp|discord|snapchat|pinterest|twitch',
            // "Retrouvez-nous sur : @compte_foot": a handle is a page elsewhere.
            'rejoignez|rejoins|retrouvez|retrouve|suivez|suis nous|moi ?aussi|egalement sur ~2 {mention}',
            'on|je|nous ~2 aussi|maintenant|desormais ~1 sur instagram|insta|ig|tiktok|youtube|twitch|snapchat|pinterest|threads|bluesky|telegram|discord',
          ],
        },
      ],
    },
  },
});
