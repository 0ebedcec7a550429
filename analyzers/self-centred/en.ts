import { defineTexts } from '../kit/define';

export const en = defineTexts({
  rules: {
    'self-centred/brag': {
      label: 'Bragging',
      message: 'Self-congratulation',
      why: 'Readers care about what news changes for them. Pride and superlatives speak about you; the community hears an advert.',
      suggestions: [
        'Lead with what it changes for the reader ("Fresh bread from 7 am, now on Sundays too"); for a new job, say what you will work on and for whom.',
        'Credit the people who made it happen and say what they learned.',
      ],
      phrases: [
        {
          confidence: 0.6,
          patterns: [
            'proud|thrilled|excited|delighted|honored|honoured|humbled|pleased|overjoyed|stoked|ecstatic ~1 to ~1 announce|share|say|report|unveil|introduce|present|reveal',
            'proud|thrilled|delighted|honored|honoured|humbled ~1 and ~1 proud|thrilled|delighted|honored|honoured|humbled|grateful',
            'award winning',
            'the best|greatest|finest ~2 in|of ?the town|city|world|market|industry|france|paris|country|business|region|sector|neighborhood|neighbourhood|game|galaxy|universe|planet',
            '#1 ~2 in|of|on ?the town|city|world|market|industry|france|paris|country|business|region|sector|planet',
            'number_one|number_1 ~2 in|of|on ?the town|city|world|market|industry|france|paris|country|business|region|sector|planet',
            'we|i re|are|m|am ?the best|greatest|leader|leaders|leading|unbeatable|unmatched|unrivaled|unrivalled|champions|number|#1',
            'nobody|no ~2 does ~1 it ~1 better',
            'best in class|town|city|business',
            'world class|leading',
            'industry|market leading|leader|leaders',
            'second to none',
            'another|yet ~1 award|milestone|record|trophy|accolade',
            '<!you|your we|i ~1 won|received|got|earned|bagged|scooped|collected|took ~3 award|awards|prize|trophy|medal|title|accolade',
            'crushing|crushed|smashing|smashed|killing ~1 it',
            'proud|prouder of ~1 us|ourselves|myself|me',
            'proud|prouder of ~1 our|my ~1 team|company|brand|work|results|journey|achievements|success',
            '#proud|#winning|#proudmoment|#humblebrag|#blessed|#success',
            'best|greatest|finest ~2 in ?the town|city|neighborhood|neighbourhood|region|country|france|paris|galaxy|universe|planet',
            '#1|number_one|number_1 ~2 in|on|of ~2 {any}',
            'officially ~3 #1|best|number|leader|leading|biggest',
            'named|elected|voted|ranked|crowned ~3 best|top|number|#1|leader|leading|most',
            'proud|thrilled|honored|honoured|humbled|delighted|excited ~1 to ~1 be ~3 named|ranked|recognized|recognised|selected|listed|among|featured|chosen|awarded',
            'most influential|admired|innovative',
            'our|my product|app|company|team|agency|brand|service|work ~1 is|are ~1 the ~1 best|greatest|leader',
            'our|my amazing|incredible|awesome|fantastic|outstanding|unbelievable|extraordinary brand|team|company|product|app|agency|work',
            'my|our best year|quarter|month|season|launch ~1 ever|yet',
            'unstoppable|unbeatable|untouchable',
            'so blessed|humbled',
            'look|see ~1 how ~1 amazing|incredible|awesome|great ~1 we|our|i|my',
          ],
        },
      ],
    },
    'self-centred/vanity-metric': {
      label: 'Vanity figures',
      message: 'Celebrating a follower or like count',
      why: 'Follower counts are a vanity metric: they feel good but say nothing about the value you bring. Readers are people, not a number.',
      suggestions: [
        'Thank the community with something for them: a resource, a behind-the-scenes lesson.',
        'Share what the community taught you, not how big it is.',
      ],
    },
    'self-centred/self-focus': {
      label: 'All about us',
      message: 'Mostly about the author: {self} words about "I/we" for {reader} about the reader',
      why: 'A post that talks only about the author builds an empire, not a community. Readers stay when they see what is in it for them.',
      suggestions: [
        'Rewrite one sentence from the reader\'s side: "You can…", "If you…".',
        'Add the takeaway: what should the reader know or do after reading?',
      ],
    },
  },
});
