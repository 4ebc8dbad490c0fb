/** Platform conventions the UI must follow (Cmd on macOS, Ctrl elsewhere). */

interface NavigatorUAData {
  readonly platform?: string;
}

export function isMac(): boolean {
  const uaData = (navigator as Navigator & { userAgentData?: NavigatorUAData }).userAgentData;
  return /mac/i.test(uaData?.platform ?? navigator.platform);
}

/** The label of the primary shortcut modifier, as shown next to commands. */
export function modifierLabel(): string {
  return isMac() ? '⌘' : 'Ctrl';
}

/** True for the primary modifier alone (Cmd on macOS, Ctrl elsewhere), so Ctrl+Alt combos pass through. */
export function hasPrimaryModifier(event: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  return !event.altKey && (isMac() ? event.metaKey : event.ctrlKey);
}

/** Whether a key press should be left to the element that has focus (typing in a field). */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type);
  }
  return false;
}
