/**
 * Personal data leaves the server masked unless a route says it needs it. The rules
 * themselves live in core so that exports and public pages mask the same way.
 */
export { hides } from '../../core/ledgers/mask';
export { maskIdNumber, maskName, maskPhone } from '../../core/ledgers/personal';
