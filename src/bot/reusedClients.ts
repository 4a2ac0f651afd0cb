/**
 * The Bot Framework's authentication, with its clients made once: botbuilder builds a new connector
 * client (its HTTP pipeline, its credentials) and a new user-token client for every turn, though a
 * turn answered in the HTTP response (expectReplies, Direct Line) uses neither. Here a connector
 * client is kept per app id, service URL and audience, a user-token client per app id (the same
 * credentials, which fetch and renew their tokens themselves). At most KEPT of each, the least
 * recently used let go first (the service URL comes with the activity); a client whose creation
 * failed is not kept.
 */
import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { AuthenticationConstants, ConnectorFactory, type AuthenticateRequestResult, type ClaimsIdentity, type ConnectorClient, type UserTokenClient } from 'botframework-connector';

export const KEPT = 64;

/** The value kept under `key`, made once (a failed make is forgotten); the oldest go beyond `size`. */
export function keep<T>(kept: Map<string, Promise<T>>, key: string, make: () => Promise<T>, size = KEPT): Promise<T> {
  const found = kept.get(key);
  if (found) {
    kept.delete(key);
    kept.set(key, found);
    return found;
  }
  const made = make();
  kept.set(key, made);
  made.catch(() => {
    if (kept.get(key) === made) kept.delete(key);
  });
  if (kept.size > size) kept.delete(kept.keys().next().value as string);
  return made;
}

/** The bot's app id in the claims, as botbuilder reads it (audience, else app id; none when authentication is off). */
const appIdOf = (claims: ClaimsIdentity): string =>
  claims.getClaimValue(AuthenticationConstants.AudienceClaim) ?? claims.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';

class ReusedConnectors extends ConnectorFactory {
  constructor(
    private readonly made: ConnectorFactory,
    private readonly appId: string,
    private readonly kept: Map<string, Promise<ConnectorClient>>,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return keep(this.kept, `${this.appId}\n${serviceUrl}\n${audience ?? ''}`, () => this.made.create(serviceUrl, audience));
  }
}

export class ReusedClientsAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new Map<string, Promise<ConnectorClient>>();
  private readonly tokenClients = new Map<string, Promise<UserTokenClient>>();

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    const made = result.connectorFactory;
    return made ? { ...result, connectorFactory: new ReusedConnectors(made, appIdOf(result.claimsIdentity), this.connectors) } : result;
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new ReusedConnectors(super.createConnectorFactory(claimsIdentity), appIdOf(claimsIdentity), this.connectors);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return keep(this.tokenClients, appIdOf(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }
}
