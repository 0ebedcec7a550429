import { defineTexts } from '../kit/define';

/** Words before "like"/"share"/"follow" that make it the author's own verb, not a request. */
const NOT_A_REQUEST =
  '<!i|we|they|he|she|who|people|to|would|d|ll|really|also|might|may|will|you|u|can|could|should|must|that|which|just|and|or|s|m|re|ve|didn|don|doesn|t';

export const en = defineTexts({
  rules: {
    'begging/like': {
      label: 'Asking for likes',
      message: 'Asking for likes or reactions',
      why: 'A like you asked for tells you nothing about whether the post helped anyone. People notice when a page wants applause more than conversation, and trust goes down.',
      suggestions: [
        'Drop the request and end on something worth reacting to: a tip, a result, a question.',
        'Ask what people think instead: "What would you add?"',
      ],
      phrases: [
        {
          confidence: 0.9,
          patterns: [
            `${NOT_A_REQUEST} like|likes ~2 share|retweet|rt|repost|comment|follow|subscribe|tag|save`,
            `${NOT_A_REQUEST} like|react if|when|cuz ~1 you|u ~2 agree|relate|love|loved|like|liked|enjoy*|laughed|smiled|support|care|remember|want|believe|feel|think|re|are|got`,
            `${NOT_A_REQUEST} hit|smash|tap|press|click|give|drop|leave|send|spam ~2 like|likes|heart|hearts|thumbs|thumb`,
            'please|pls|plz|plse|plez like|react|likes',
            `${NOT_A_REQUEST} like|likez this|the|my|our ~1 post|page|video|photo|pic|picture|tweet|status|reel|content`,
            'likes|like ~1 appreciated|welcome|needed|wanted|help',
            'every|each like ~1 counts|helps|matters',
            'a like would|helps',
            'double tap|tapping',
            `${NOT_A_REQUEST} give this|my|our|the post|video|photo|pic|picture|tweet|page|reel a|some like|likes|heart|thumbs`,
            'show ~2 some ~1 love|support',
            // "Show your support by changing your profile picture": a badge on the reader's profile, for the page.
            'show|showing ~4 support ~8 profile|cover|frame|twibbon|avatar',
            'add|use|try ~3 official|our|this ~1 frame|twibbon',
            'raise ~1 your|ur|a hand|hands if|who|for',
            'forget ~2 like|likes|react',
            'make_sure|be_sure ~2 like|react',
            '{number} like ~1 {number}',
            'like4like|likeforlike|l4l|likes4likes|likeforlikes',
            `${NOT_A_REQUEST} like|likes for|4 ~2 part|more|part2|round|next`,
            // "A list like this when I was…" compares: the request is put to the reader.
            `${NOT_A_REQUEST} like|likez this|it if|when ~1 you|u|your|ur`,
          ],
        },
        {
          confidence: 0.8,
          patterns: ['a|one {emoji} if|for'],
        },
      ],
    },
    'begging/share': {
      label: 'Asking for shares',
      message: 'Asking people to share or repost',
      why: 'Good posts travel because they are useful, not because they ask to. A share request makes the post about your reach rather than your readers.',
      suggestions: [
        'Make it worth passing on: add the one fact or tip someone would forward to a friend or a colleague.',
        'If it helps a specific person, say who: "Useful if you run a small shop, a club or a team."',
      ],
      phrases: [
        {
          confidence: 0.9,
          patterns: [
            'please|pls|plz|plse|kindly ~1 share|rt|retweet|repost|reshare|spread|boost !your|ur|yours|what|how|which|why|where|whether|when|a|an|any|some|one|tip|tips|thoughts|experience|ideas|advice|story|stories|feedback|opinion|opinions|views|insights|favorite|favourite|best|examples|lessons|questions|comments',
            `${NOT_A_REQUEST} share|rt|retweet|repost|reshare ~1 this|it|away|everywhere|widely|around|far|pls|please|plz|if`,
            // "Share with your friends" asks; "they share knowledge with advertisers" tells.
            `${NOT_A_REQUEST} share|rt|retweet|repost|reshare with !you`,
            'rt|retweet|repost|reshare ~1 pls|please|plz|svp|if|this',
            `${NOT_A_REQUEST} share|rt|retweet|repost|reshare if|when ~1 you|u ~2 agree|relate|love|loved|like|liked|enjoy*|laughed|smiled|support|care|remember|want|believe|feel|think|re|are|got`,
            `${NOT_A_REQUEST} share|rt|retweet|repost|reshare !{any}`,
            'help|helps ~2 spread ~2 word|news|message|love',
            // "Thanks for helping spread the word" thanks people; it asks nothing.
            // "…replaces its logo to spread the word about…" tells what was done.
            '<!for|helping|you|we|they|i|thanks|thank|us|me|to spread the word',
            'help|helps us|me ~4 by ~1 sharing|reposting|retweeting|spreading|liking|following',
            'rt|retweet|repost rt|retweet|repost',
            `${NOT_A_REQUEST} follow|like rt|retweet|repost|share`,
            `${NOT_A_REQUEST} rt|retweet|repost|share for|4 ~2 part|more|part2|next`,
            'sharing is caring',
            // "Watch and share": the "and" that NOT_A_REQUEST stops at chains requests here.
            `${NOT_A_REQUEST} watch|listen|check ?it|this|them ?out ?and share|rt|retweet|repost|reshare !your|ur|yours|what|how|which|why|thoughts|experience|ideas|advice|story|stories|feedback|opinion|opinions|views|insights`,
            // "RT to spread the word"; "…its logo to spread the word" is told above.
            '<!i|we|they|who|people|to|will|would|can|could|d|ll|you rt|retweet|repost|reshare|share ?and|to spread|help ~2 word|news|message',
            'every|each share|retweet|rt|repost ~1 counts|helps|matters',
            'shares|retweets|reposts|rts ~2 appreciated|welcome|needed',
            'forget ~2 share|retweet|repost|rt',
            // "Be sure to share your thoughts" asks for substance (shared/ANNOTATION.md).
            'make_sure|be_sure ~3 share|retweet|repost !your|ur|yours|what|how|which|why|where|whether|tip|tips|thoughts|experience|ideas|advice|story|stories|feedback|opinion|opinions|views|insights',
          ],
        },
        {
          confidence: 0.6,
          patterns: [
            // "Share our time with family" is the other sense of sharing.
            `${NOT_A_REQUEST} share|send !~2 time|meal|meals|moment|moments|table|life|lives|joy|love|home ~2 with|to ~2 friend|friends|everyone|everybody|network|mates|family|contacts`,
            // "Looking forward to seeing everyone tonight" looks forward; it asks nothing.
            '<!looking|look|looks|fast|going|moving|step|steps|i|we forward ~2 with|to ~2 friend|friends|everyone|everybody|network|mates|family|contacts',
          ],
        },
      ],
    },
    'begging/follow': {
      label: 'Asking for follows',
      message: 'Asking people to follow or subscribe',
      why: 'Followers gathered by asking rarely stay. People follow a page that keeps giving them something; the request adds nothing to the post.',
      suggestions: [
        'Show what they will get: "Every Friday: what is on this weekend, and one tip."',
        'Drop the request and let what you post bring people back.',
      ],
      phrases: [
        {
          confidence: 0.9,
          patterns: [
            `${NOT_A_REQUEST} follow|subscribe|sub ~1 us|me|now|today|for|back`,
            // "Follow our live blog" follows a match, not an account.
            `${NOT_A_REQUEST} follow|subscribe|sub ~1 our|my|this|the|his|her|their !live ~2 page|account|channel|blog|profile|newsletter|podcast`,
            // A handle is an account to follow: "…or follow us @brand".
            '<!i|we|they|who|people|you follow us|me ?on|at {mention}',
            'subscribe|sub on|to ~1 itunes|spotify|youtube|apple|deezer|soundcloud|stitcher',
            `${NOT_A_REQUEST} watch|listen|like|rate ?and subscribe|follow !the|these|those|instructions|steps|link|links|along|up|this|that|his|her|their`,
            'have|did you|ya subscribed ~9 yet',
            'subscribe to|on ~2 channel|newsletter|podcast|page',
            // "Press conference to follow", "tap Featured and follow the prompts": the noun, and the other sense of follow.
            'hit|smash|tap|click ~3 subscribe|follow|bell|notification|notifications !the|these|those|link|links|prompts|prompt|instructions|steps|log|directions',
            'press ?the|that|this|on ~1 subscribe|follow|bell|notification|notifications',
            'turn on|ring ~2 notification|notifications|bell',
            'forget ~2 follow|subscribe|sub',
            'make_sure|be_sure ~2 follow|subscribe',
            'please|pls|plz follow|subscribe|sub',
            // "and" usually makes it the author's verb ("who we like and follow"), not before "us for more".
            'and follow|subscribe us|me for ~1 more|updates|tips|daily',
            'follow back|followback|ifb|follow4follow|followforfollow|f4f|sub4sub',
            'new followers ~1 welcome|wanted|needed',
          ],
        },
      ],
    },
    'begging/tag': {
      label: 'Asking to tag friends',
      message: 'Asking people to tag friends',
      why: 'Tag requests turn readers into a distribution channel. Friends who get tagged for reach, not relevance, learn to ignore your page.',
      suggestions: [
        'If the post really helps someone, trust readers to send it on.',
        'Invite a real contribution instead: "Who taught you this? Tell us their story."',
      ],
      phrases: [
        {
          confidence: 0.9,
          patterns: [
            '<!we|i|they|to tag|mention your|ur ~2 friend|friends|bestie|bff|partner|mom|mum|dad|sister|brother|boss|colleague|coworker|team|crew|squad|buddy|mate|other|better|wife|husband',
            '<!we|i|they|to tag|mention ?{number} ~1 friend|friends|someone|somebody|buddy|buddies|bestie|besties|bff|mate|mates|person|people|coworker|coworkers|colleague|colleagues|partner|bae|squad|crew|who|everyone|manager|managers|boss|developer|developers|designer|designers|recruiter|recruiters|parent|parents|mom|mum|dad|neighbor|neighbour|neighbors|neighbours',
            'forget ~2 tag',
            // Whoever the someone is ("tag a founder", "tag your team"); not an object ("tag a photo").
            '<!we|i|they|to|a|the|price|name|hash|gift|this|that|you|u tag|mention a|an|some|someone|somebody|anyone|your|ur|those|every|him|her|them|us !{hashtag}|best|moves|outfit|outfits|look|looks|creations|art|recipe|recipes|photo|photos|pic|pics|picture|pictures|post|posts|image|images|video|videos|content|location|locations|story|stories|product|products|shot|shots|tweet|tweets|file|files|brand|brands|page|pages|account|accounts|link|links|items|item',
          ],
        },
      ],
    },
    'begging/reaction-vote': {
      label: 'Votes by reaction',
      message: 'A vote by reaction',
      why: 'Votes by emoji are a known trick to inflate reactions. They measure clicks, not opinions, and the platforms push such posts down.',
      suggestions: [
        'Ask the question and invite reasons: "Which one, and why?"',
        'Use the platform poll if you really need a count.',
      ],
      phrases: [
        {
          confidence: 0.85,
          patterns: [
            'react|vote ~1 with|using|by ~2 {emoji}|emoji|emojis|reaction|reactions|heart|hearts|like',
            'react|reaction ~1 {emoji} ~1 if|for',
            // A one-word answer is the whole ask (shared/ANNOTATION.md: "YES or NO?").
            // "Whether you agree or disagree…", "the people who you got to know": said, not asked.
            '<!you|whether|i|we|they|people|may|might|can|to|and|u agree ?or disagree',
            '<!people|person|those|one|ones|friend|friends|everyone|anyone|someone|guy|guys|man|woman|kids|the|of|with|to|for|and who you|ya got',
            // A pick of the winner is a one-word answer too: "Who are you backing tonight?"
            'who|which ~1 are|r you|u ~1 backing|picking|rooting|taking',
            'who will|wins|takes ~4 win|title|trophy|cup|lead|w|series|crown|championship|finals|{hashtag}',
          ],
        },
      ],
    },
    'begging/empty-comment': {
      label: 'Asking for empty comments',
      message: 'Asking for a comment with no content',
      why: '"Comment YES" or "type 1" fills the thread with noise. A comment section is worth something when people say something.',
      suggestions: [
        'Ask a question on the post\'s own topic that people can answer from experience: "Which one would you choose, and why?"',
        'Invite a specific contribution: "Tell us what you would change, and why."',
      ],
      phrases: [
        {
          confidence: 0.85,
          inQuotes: true,
          // "link in the first comment, £8,200 raised": after an article, "comment" is the noun.
          patterns: [
            '<!we|i|they|to|you|d|ll|the|a|first|this|my|your|each|every|pinned|top|latest|last comment|type|write|reply|drop ~1 yes|amen|done|interested|info|ok|go|mine|want|{emoji}',
            '<!we|i|they|to|you|d|ll|the|a|first|this|my|your|each|every|pinned|top|latest|last comment|reply|respond|answer|type ~1 with|using ~1 a|an|one|your ~1 {emoji}',
            '<!we|i|they|to|you|d|ll|the|a|first|this|my|your|each|every|pinned|top|latest|last comment|type|reply ~1 {number} !thing|things|word|words|sentence|tip|tips|idea|ideas|way|ways|reason|reasons|example|examples|lesson|lessons|book|books|tool|tools|mistake|mistakes|habit|habits|minute|minutes',
            'comment ~1 below ~1 yes|1|amen|done|interested|{emoji}',
            'if you agree|want|need ~3 comment|type',
            // Greetings and favourites collected under the post: "Leave your birthday messages for Deyan below".
            'leave|drop|post|write|send ~2 your|ur|some|a ~1 birthday|bday|congratulations|congrats|wishes|messages|message ~6 comments|comment|below',
            'pick|choose|name ~1 your ~3 favourite|favorite|fave ~9 comments|comment|below',
          ],
        },
      ],
    },
    'begging/reach': {
      label: 'Pleas for reach',
      message: 'Pleading for reach or numbers',
      why: "Your follower goal is your goal, not your readers'. Asking them to help you reach it puts the page's vanity ahead of the community.",
      suggestions: [
        'Talk about what the community gets, not the number you want.',
        'Thank the people already here with something useful.',
      ],
      phrases: [
        {
          confidence: 0.9,
          patterns: [
            // "Help us reach our $5,000 fundraising goal" is a fundraiser (shared/ANNOTATION.md): not reach.
            'help|helps ~2 reach|hit|get|cross|pass|beat ~2 {number} !~3 fundraising|raised|donations|donors|signatures|meals|trees|families|children|kids|students|patients|volunteers|dollars|euros|goal',
            'help|helps ~2 grow ~2 page|account|channel|community|following|numbers|audience',
            'road|race to {number} !days|day|hours|weeks|months|years|km|miles|percent|jours|jour|heures|semaines|mois|ans',
            'boost ~1 this|the|my|our ~1 post|tweet|page|video',
            'for|so|please|beat|trick|feed|help ~1 the algorithm|algo !change|changes|update|updates|works|is|does',
            'so close|almost|nearly ~3 {number} ~1 followers|subscribers|likes|follows',
            'only|just {number} ~1 more followers|subscribers|likes|subs',
            'want|need|wish ~6 {number} ~1 subscribers|followers|subs|fans|follows',
          ],
        },
      ],
    },
    'begging/hashtag': {
      label: 'Follow-for-follow hashtags',
      message: 'Follow-for-follow or like-for-like hashtag',
      why: 'Swap hashtags gather accounts that will never read you. They signal that the numbers matter more than the people.',
      suggestions: ['Use one or two hashtags that describe the topic, such as #bakery or #volunteering.'],
      phrases: [
        {
          confidence: 0.9,
          patterns: [
            '#likeforlike|#like4like|#l4l|#f4f|#follow4follow|#followforfollow|#followback|#sub4sub|#likeforfollow|#likes4likes|#tagsforlikes|#instalike|#followme|#likeforlikes|#followforfollowback|#lfl|#spam4spam|#s4s|#comment4comment|#c4c|#teamfollowback|#gainpost|#gaintrick|#likeback|#shoutout4shoutout|#recent4recent|#r4r|#follow4like|#like4follow|#followers|#likes|#follow|#like|#likeme|#ifb|#followall|#gainfollowers|#followtrain|#tagafriend|#tagsomeone|#tagyourfriends|#tagsomeonewho|#retweet|#rt|#pleaseshare|#sharethis',
          ],
        },
      ],
    },
    'begging/contest': {
      label: 'Engagement contests',
      message: 'A contest whose entry is a like, share, tag or follow',
      why: 'Engagement-for-entry contests buy empty numbers, and most platforms restrict them. The people they bring leave when the prize is gone.',
      suggestions: [
        'Make entry a real contribution: a photo, a tip, a story about using the product.',
        'Reward your regular contributors instead of the most clicks.',
      ],
      phrases: [
        {
          confidence: 0.9,
          patterns: [
            'to enter|participate|win|qualify ~4 like|follow|share|tag|repost|retweet|rt|comment|subscribe',
            // "Click below to join as I share insights": one word apart at most.
            'to join ~1 like|follow|share|tag|repost|retweet|rt|comment|subscribe',
            'like|follow|rt|retweet|share|repost|tag|subscribe ~3 to|for ~2 win|enter|chance',
            'giveaway|contest|sweepstakes ~4 like|follow|share|tag|repost|retweet',
            'winner|winners ~3 among|from ~3 likes|shares|followers|comments|retweets',
            'who|whoever likes|retweets|rts|reposts|shares this|my ~3 and follows|follow|retweets|shares',
            'spread ~2 word ~3 win|chance|enter',
          ],
        },
      ],
    },
    'begging/cross-promo': {
      label: 'Asking to follow elsewhere',
      message: 'Sending people to your other pages',
      why: 'Inviting readers to join you elsewhere gives them nothing here. Each community deserves content of its own, not a signpost.',
      suggestions: [
        'Share here what makes the other space worth it, for example the tip you posted there.',
        'Say what only that page offers, and who it is for.',
      ],
      phrases: [
        {
          // Above the plain like/follow requests, so "like our Facebook page" reads as cross-promotion.
          confidence: 0.92,
          patterns: [
            '<!who|that|which|people|they|we|i|you join|follow|find|check|catch|like us|me ?out|too|also on|at|over ~2 instagram|insta|ig|tiktok|facebook|fb|linkedin|twitter|youtube|yt|threads|bluesky|snapchat|snap|pinterest|twitch|telegram|whatsapp|discord|other',
            'join|follow|like|check|visit|subscribe ?to|out our|my other|new|second|backup ~1 page|account|group|channel|profile',
            'join|follow|like|visit|subscribe ?to|out our|my ~1 instagram|insta|ig|tiktok|facebook|fb|linkedin|twitter|youtube|yt|telegram|whatsapp|discord|snapchat|pinterest|twitch',
            'visit|check_out ~3 youtube|instagram|insta|facebook|tiktok|twitter|twitch|snapchat|pinterest ~1 page|channel|account|profile',
            'we|i ~2 also|now on instagram|insta|ig|tiktok|youtube|twitch|snapchat|pinterest|threads|bluesky|telegram|discord',
          ],
        },
      ],
    },
  },
});
