// The officer's tab of the reports (stub): today's daily recap until the monthly reports exist.
import { RecapPanel } from '../devices/RecapPanel';

export function DeskRecapsPanel({ session }: { session: string }) {
  return <RecapPanel session={session} />;
}
