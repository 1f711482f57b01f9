export const id = 963;
export const ids = [963];
export const modules = {

/***/ 4659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ fromWebToken)
/* harmony export */ });
const fromWebToken = (init) => async (awsIdentityProperties) => {
    init.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");
    const { roleArn, roleSessionName, webIdentityToken, providerId, policyArns, policy, durationSeconds } = init;
    let { roleAssumerWithWebIdentity } = init;
    if (!roleAssumerWithWebIdentity) {
        const { getDefaultRoleAssumerWithWebIdentity } = await Promise.all(/* import() */[__webpack_require__.e(826), __webpack_require__.e(66)]).then(__webpack_require__.bind(__webpack_require__, 5066));
        roleAssumerWithWebIdentity = getDefaultRoleAssumerWithWebIdentity({
            ...init.clientConfig,
            credentialProviderLogger: init.logger,
            parentClientConfig: {
                ...awsIdentityProperties?.callerClientConfig,
                ...init.parentClientConfig,
            },
        }, init.clientPlugins);
    }
    return roleAssumerWithWebIdentity({
        RoleArn: roleArn,
        RoleSessionName: roleSessionName ?? `aws-sdk-js-session-${Date.now()}`,
        WebIdentityToken: webIdentityToken,
        ProviderId: providerId,
        PolicyArns: policyArns,
        Policy: policy,
        DurationSeconds: durationSeconds,
    });
};


/***/ }),

/***/ 6963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubIdToken: () => (/* binding */ githubIdToken),
/* harmony export */   roleCredentials: () => (/* binding */ roleCredentials)
/* harmony export */ });
/* unused harmony exports RENEW_BEFORE_MS, renewAt, ID_TOKEN_PERMISSION */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2726);
/* harmony import */ var _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9725);
/* harmony import */ var _aws_sdk_credential_provider_web_identity__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4659);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8098);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8382);
/* harmony import */ var _shared_redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8932);
// role-to-assume: the action's own credentials, from GitHub's OIDC token and STS AssumeRoleWithWebIdentity,
// renewed with a fresh token before they expire, for as long as the step runs. Loaded only when the input
// is set (client.ts imports this module on demand): a plain submit carries none of it.






/**
 * Masked in the runner's log (add-mask), in every form a message could quote it in (URL-encoded,
 * JSON-escaped, base64), and redacted from our own lines, outputs and summary.
 */
function masked(secret) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret);
    for (const form of (0,_shared_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .secretForms */ .eo)(secret))
        if (form !== secret)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(form);
    (0,_shared_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .addSecret */ .Ck)(secret);
}
/** Renew this long before the credentials expire (or at half their life, for short ones). */
const RENEW_BEFORE_MS = 5 * 60_000;
/** When credentials obtained at `obtainedAt` should be renewed. */
function renewAt(obtainedAt, expiration) {
    if (!expiration)
        return Infinity;
    const life = expiration.getTime() - obtainedAt;
    return expiration.getTime() - Math.min(RENEW_BEFORE_MS, Math.max(0, life / 2));
}
/** Thrown when the runner gives the step no OIDC token: the job lacks permissions: id-token: write. */
const ID_TOKEN_PERMISSION = 'role-to-assume needs a GitHub OIDC token: add permissions: id-token: write to the job (or the workflow)';
/**
 * GitHub's OIDC token for `audience`, asked of the runner's token service as core.getIDToken does (GET
 * ACTIONS_ID_TOKEN_REQUEST_URL&audience=..., bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN). Through the SDK's
 * HTTP handler (the proxy, request-timeout): @actions/core's own HTTP client is not bundled (shims/).
 */
async function githubIdToken(audience, handler, env = process.env) {
    const requestUrl = env['ACTIONS_ID_TOKEN_REQUEST_URL'];
    const bearer = env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
    if (!requestUrl || !bearer)
        throw new Error(ID_TOKEN_PERMISSION);
    const url = new URL(requestUrl);
    url.searchParams.set('audience', audience);
    const request = new _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_4__/* .HttpRequest */ .K({
        protocol: url.protocol,
        hostname: url.hostname,
        ...(url.port && { port: Number(url.port) }),
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        method: 'GET',
        headers: { host: url.host, authorization: `Bearer ${bearer}`, accept: 'application/json' }
    });
    const { response } = await handler.handle(request);
    const chunks = [];
    for await (const chunk of response.body)
        chunks.push(Buffer.from(chunk));
    const text = Buffer.concat(chunks).toString('utf8');
    if (response.statusCode !== 200)
        throw new Error(`the runner's token service answered HTTP ${response.statusCode}`);
    const value = JSON.parse(text).value;
    if (typeof value !== 'string' || value === '')
        throw new Error("the runner's token service sent no token");
    masked(value);
    return value;
}
function withDeadline(work, ms, what) {
    let timer;
    const deadline = new Promise((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000}s`)), ms);
    });
    return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
/**
 * A credentials provider for every client of the step: one AssumeRoleWithWebIdentity, shared, renewed
 * with a fresh OIDC token once the credentials near their expiration. The SDK's STS client is reached
 * where its standard settings say (AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL, else STS in `region`).
 */
function roleCredentials(role, options) {
    const now = options.now ?? Date.now;
    const getIdToken = options.getIdToken ?? ((audience) => githubIdToken(audience, options.requestHandler));
    let current;
    let pending;
    const obtain = async () => {
        const started = now();
        let token;
        try {
            token = await withDeadline(getIdToken(role.audience), options.requestTimeoutMs, 'GitHub OIDC token');
        }
        catch (error) {
            if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error) === ID_TOKEN_PERMISSION)
                throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .StepError */ .zg(ID_TOKEN_PERMISSION);
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .StepError */ .zg(`role-to-assume: could not get GitHub's OIDC token (audience ${role.audience}): ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}`);
        }
        masked(token);
        let credentials;
        try {
            credentials = await (0,_aws_sdk_credential_provider_web_identity__WEBPACK_IMPORTED_MODULE_5__/* .fromWebToken */ .G)({
                roleArn: role.roleToAssume,
                roleSessionName: role.roleSessionName,
                webIdentityToken: token,
                clientConfig: { region: options.region, requestHandler: options.requestHandler }
            })();
        }
        catch (error) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .StepError */ .zg(`role-to-assume: AssumeRoleWithWebIdentity on ${role.roleToAssume} failed: ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}. ` +
                `The role's trust policy must allow token.actions.githubusercontent.com (audience ${role.audience}) for this repository.`);
        }
        masked(credentials.secretAccessKey);
        if (credentials.sessionToken)
            masked(credentials.sessionToken);
        const expires = credentials.expiration ? ` until ${credentials.expiration.toISOString()}` : '';
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Credentials: assumed ${role.roleToAssume} with GitHub's OIDC token${expires}`);
        current = { credentials, renewAt: renewAt(started, credentials.expiration) };
        return credentials;
    };
    return async () => {
        if (current && now() < current.renewAt)
            return current.credentials;
        pending ??= obtain().finally(() => (pending = undefined));
        return pending;
    };
}


/***/ })

};
