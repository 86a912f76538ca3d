import type { FieldErrors } from '../../lib/use-form.ts';
import { FieldMessages, InputField } from '../components/fields.tsx';
import { type ListWords, ReorderableList } from '../components/reorderable-list.tsx';
import { signatoryRoleLabels } from '../labels.ts';
import { fieldId, maxSignatories, newSignatory, type SignatoryItem } from './template-values.ts';

const words: ListWords = {
  itemName: (index) => `Signataire ${index + 1}`,
  itemTarget: (index) => `le signataire ${index + 1}`,
  add: 'Ajouter un signataire',
  moved: (title, position, total) => `${title} : désormais en position ${position} sur ${total}.`,
  removed: (title) => `${title} : signataire supprimé.`,
};

type Props = { items: SignatoryItem[]; onItems: (items: SignatoryItem[]) => void; errors: FieldErrors };

/** Who signs, in signing order. Each role signs once; the partner and the authority always do. */
export function SignatoriesEditor({ items, onItems, errors }: Props) {
  const groupId = fieldId('version.signatories');
  const update = (index: number, change: Partial<SignatoryItem>) =>
    onItems(items.map((item, i) => (i === index ? { ...item, ...change } : item)));

  return (
    <fieldset
      id={groupId}
      tabIndex={-1}
      class={`editor${errors['version.signatories'] ? ' field--error' : ''}`}
      aria-describedby={`${groupId}-aide${errors['version.signatories'] ? ` ${groupId}-erreur` : ''}`}
    >
      <legend class="editor__legend">Signataires, dans l’ordre de signature</legend>
      <FieldMessages
        id={groupId}
        hint="Au moins le partenaire et la collectivité ; chaque rôle signe une seule fois."
        error={errors['version.signatories']}
      />
      <ReorderableList
        id="modele-signataires"
        items={items}
        onItems={onItems}
        create={() => newSignatory()}
        words={words}
        max={maxSignatories}
        titleOf={(item, index) =>
          item.label.trim() ? `« ${item.label.trim()} »` : `Signataire ${index + 1}`
        }
        firstFieldId={(index) => fieldId(`version.signatories.${index}.role`)}
        renderItem={(item, index) => {
          const role = `version.signatories.${index}.role`;
          const label = `version.signatories.${index}.label`;
          const roleId = fieldId(role);
          return (
            <>
              <div class={errors[role] ? 'field field--error' : 'field'}>
                <label for={roleId}>Rôle</label>
                <FieldMessages id={roleId} error={errors[role]} />
                <select
                  id={roleId}
                  value={item.role}
                  aria-invalid={errors[role] ? 'true' : undefined}
                  aria-describedby={errors[role] ? `${roleId}-erreur` : undefined}
                  onChange={(event) => update(index, { role: event.currentTarget.value })}
                >
                  <option value="">Choisir un rôle</option>
                  {Object.entries(signatoryRoleLabels).map(([value, text]) => (
                    <option key={value} value={value}>
                      {text}
                    </option>
                  ))}
                </select>
              </div>
              <InputField
                id={fieldId(label)}
                label="Libellé sur la convention"
                hint="Par exemple « Pour la Ville, le Maire »."
                required
                maxLength={120}
                value={item.label}
                onValue={(value) => update(index, { label: value })}
                error={errors[label]}
              />
            </>
          );
        }}
      />
    </fieldset>
  );
}
