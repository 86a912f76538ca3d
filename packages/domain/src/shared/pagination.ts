import * as z from 'zod/mini';

export const PageQuery = z.object({
  page: z._default(
    z.coerce.number().check(z.int('La page doit être un entier.'), z.gte(1, 'La page commence à 1.')),
    1,
  ),
  pageSize: z._default(
    z.coerce
      .number()
      .check(z.int('La taille de page doit être un entier.'), z.gte(1), z.lte(100, 'Au plus 100 par page.')),
    20,
  ),
});
export type PageQuery = z.infer<typeof PageQuery>;

export type Page<T> = { items: T[]; page: number; pageSize: number; total: number };

export function pageOffset(query: PageQuery): number {
  return (query.page - 1) * query.pageSize;
}
