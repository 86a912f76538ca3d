import * as z from 'zod/mini';

const rating = (label: string) =>
  z
    .number(`${label} : une note de 1 à 5.`)
    .check(
      z.int(`${label} : une note entière.`),
      z.gte(1, `${label} : au moins 1.`),
      z.lte(5, `${label} : au plus 5.`),
    );

/** The end-of-year debrief, the same short questions for the mentor and for the young person. */
export const DebriefInput = z.object({
  respondent: z.enum(['mentor', 'mentee'], 'Répondant inconnu.'),
  satisfaction: rating('Satisfaction'),
  usefulness: rating('Utilité des rencontres'),
  wouldContinue: z.boolean('Indiquez si vous souhaitez continuer.'),
  comment: z.optional(
    z.string().check(z.trim(), z.maxLength(1000, 'Commentaire trop long (1000 caractères).')),
  ),
});
export type DebriefInput = z.infer<typeof DebriefInput>;
