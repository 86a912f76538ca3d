import { Notice } from '../../components/notice.tsx';
import type { useFlash } from './use-flash.ts';

/** The message of the last action that `useFlash` holds, if any; it takes the focus when it changes. */
export function FlashNotice({ flash }: { flash: ReturnType<typeof useFlash> }) {
  if (!flash.message) return null;
  return (
    <Notice tone={flash.message.tone} noticeRef={flash.ref}>
      {flash.message.text}
    </Notice>
  );
}
