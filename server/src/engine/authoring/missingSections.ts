// "Add Missing Sections": every section the profile requires and the document lacks, each where
// the missing-section quick fix would put it (sectionInsertion), as edits for one undo step.
import type { PostmortemModel } from '../model';
import { requiredSectionStatus, sectionInsertion } from '../sectionMatching';
import type { TextEdit } from '../types';
import type { Profile } from '../vocabulary';

/**
 * Insertions at the same offset are joined in profile order, so the editor cannot reorder them
 * (sections missing at the end of a document all land at its end).
 */
export function missingSectionEdits(model: PostmortemModel, profile: Profile): TextEdit[] {
  const statuses = requiredSectionStatus(model, profile);
  const edits: TextEdit[] = [];
  statuses.forEach((status, index) => {
    if (status.section !== undefined) return;
    const edit = sectionInsertion(model, statuses, index);
    if (!edit) return;
    const same = edits.find((other) => other.start === edit.start && other.end === edit.end);
    if (same) same.text += edit.text;
    else edits.push({ ...edit });
  });
  return edits.sort((a, b) => a.start - b.start);
}
