import { useParams } from 'react-router';
import { type LedgerKind, ledgerKind } from '../../../../core/ledgers';

/** The kind named by the route (`/ledgers/:kind`); undefined for a kind nobody declared. */
export function useLedgerKind(): LedgerKind | undefined {
  const { kind } = useParams();
  return kind ? ledgerKind(kind) : undefined;
}
