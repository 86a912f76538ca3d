import type { EligibilityRules } from './program.ts';

export type EligibilityFacts = {
  scholarship: boolean;
  schoolPriorityEducation: 'REP' | 'REP+' | 'none' | null;
  priorityNeighbourhood: boolean;
  customMet: readonly string[];
};

export type EligibilityVerdict = {
  eligible: boolean;
  reasons: { rule: string; met: boolean; explanation: string }[];
};

/**
 * Checks a young person against the program's rules and says why, criterion by criterion. The
 * explanation is for the coordinator and the school; it is never shown to a mentor or a partner.
 */
export function checkEligibility(rules: EligibilityRules, facts: EligibilityFacts): EligibilityVerdict {
  const reasons: EligibilityVerdict['reasons'] = [];
  if (rules.scholarship) {
    reasons.push({
      rule: 'scholarship',
      met: facts.scholarship,
      explanation: facts.scholarship ? 'Boursier ou boursière' : 'Pas de bourse déclarée',
    });
  }
  if (rules.priorityEducation) {
    const met = facts.schoolPriorityEducation === 'REP' || facts.schoolPriorityEducation === 'REP+';
    reasons.push({
      rule: 'priorityEducation',
      met,
      explanation: met
        ? `Établissement en ${facts.schoolPriorityEducation}`
        : 'Établissement hors éducation prioritaire',
    });
  }
  if (rules.priorityNeighbourhood) {
    reasons.push({
      rule: 'priorityNeighbourhood',
      met: facts.priorityNeighbourhood,
      explanation: facts.priorityNeighbourhood
        ? 'Habite un quartier prioritaire'
        : 'N’habite pas un quartier prioritaire',
    });
  }
  for (const label of rules.custom) {
    const met = facts.customMet.includes(label);
    reasons.push({ rule: `custom:${label}`, met, explanation: `${label} : ${met ? 'oui' : 'non'}` });
  }
  if (reasons.length === 0)
    return {
      eligible: true,
      reasons: [
        { rule: 'open', met: true, explanation: 'Programme ouvert à tous les jeunes du public visé' },
      ],
    };
  const eligible = rules.mode === 'all' ? reasons.every((r) => r.met) : reasons.some((r) => r.met);
  return { eligible, reasons };
}
