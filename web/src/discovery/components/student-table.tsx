import type { ComponentChildren } from 'preact';
import { Link } from '../../router.tsx';
import { genderLabels, jobFamilyLabels, ofName } from '../labels.ts';
import type { Student } from '../types.ts';
import { AuthorisationTag } from './tags.tsx';

type Props = {
  students: Student[];
  caption: string;
  /** Shown for schools and tutors: where the pupil's booklet is read. */
  bookletHref?: (student: Student) => string;
  showSchool?: boolean;
  /** More for the booklet cell (a new link for the coordination). */
  bookletExtra?: (student: Student) => ComponentChildren;
};

/** Nominated pupils: who they are, what attracts them (ranked), whether a guardian said yes. */
export function StudentTable({ students, caption, bookletHref, bookletExtra, showSchool = true }: Props) {
  return (
    <div class="table-wrap table-wrap--contained">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Élève</th>
            {showSchool ? <th scope="col">Collège</th> : null}
            <th scope="col">Genre</th>
            <th scope="col">Centres d’intérêt, par ordre de préférence</th>
            <th scope="col">Autorisation parentale</th>
            {bookletHref ? <th scope="col">Livret</th> : null}
          </tr>
        </thead>
        <tbody>
          {students.map((student) => (
            <tr key={student.id}>
              <th scope="row">
                {student.firstName} {student.lastName}
              </th>
              {showSchool ? <td>{student.school?.name ?? '—'}</td> : null}
              <td>{genderLabels[student.gender] ?? student.gender}</td>
              <td>
                <ol class="ranked">
                  {student.interests.map((interest) => (
                    <li key={interest}>{jobFamilyLabels[interest] ?? interest}</li>
                  ))}
                </ol>
              </td>
              <td>
                <AuthorisationTag value={student.authorisation} />
              </td>
              {bookletHref ? (
                <td>
                  <Link href={bookletHref(student)}>
                    Lire le livret<span class="visually-hidden"> {ofName(student.firstName)}</span>
                  </Link>
                  {bookletExtra?.(student)}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
