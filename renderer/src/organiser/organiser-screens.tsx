/**
 * The organiser screens, behind the PIN.
 */

/** Import, registrant list and settings. */
export function OrganiserScreens({ onLeave }: { readonly pinSet: boolean; readonly onLeave: () => void }) {
  return (
    <main>
      <button type="button" onClick={onLeave}>
        Tilbake
      </button>
    </main>
  );
}
