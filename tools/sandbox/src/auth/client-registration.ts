/** A client HMPPS Auth knows: client-credentials tokens carry its authorities. */
export interface ClientRegistration {
  clientId: string;
  clientSecret: string;
  authorities: string[];
}

/**
 * The service's own client, as local configuration expects it (OAUTH_CLIENT_ID / OAUTH_CLIENT_SECRET), with
 * the roles its calls need: prison-api reads, offender-search /match and community-api reads and writes.
 */
export const DEFAULT_CLIENT: ClientRegistration = {
  clientId: 'prison-to-probation-update-client',
  clientSecret: 'clientsecret',
  authorities: [
    'ROLE_GLOBAL_SEARCH',
    'ROLE_VIEW_PRISONER_DATA',
    'ROLE_COMMUNITY',
    'ROLE_COMMUNITY_CUSTODY_UPDATE',
  ],
};
