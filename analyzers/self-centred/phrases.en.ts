import type { PhraseGroup } from '../kit/phrase-analyzer';

export const selfCentredEn: PhraseGroup[] = [
  {
    rule: 'self-centred/brag',
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
      'so blessed|humbled',
      'look|see ~1 how ~1 amazing|incredible|awesome|great ~1 we|our|i|my',
    ],
  },
];
