/**
 * The volunteer's check-in screen.
 */

/** The door screen: scanner, camera and name search. */
export function VolunteerScreen({ onOrganiser }: { readonly onOrganiser: () => void }) {
  return (
    <main>
      <button type="button" onClick={onOrganiser}>
        Arrangør
      </button>
    </main>
  );
}
