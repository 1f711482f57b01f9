import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";

var __webpack_modules__ = {
    7257: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            S: () => commonParams,
            v: () => resolveClientEndpointParameters
        });
        const resolveClientEndpointParameters = options => Object.assign(options, {
            useDualstackEndpoint: options.useDualstackEndpoint ?? false,
            useFipsEndpoint: options.useFipsEndpoint ?? false,
            defaultSigningName: "omics"
        });
        const commonParams = {
            UseFIPS: {
                type: "builtInParams",
                name: "useFipsEndpoint"
            },
            Endpoint: {
                type: "builtInParams",
                name: "endpoint"
            },
            Region: {
                type: "builtInParams",
                name: "region"
            },
            UseDualStack: {
                type: "builtInParams",
                name: "useDualstackEndpoint"
            }
        };
    }),
    7354: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            KHw: () => CancelAnnotationImportJob$,
            PvW: () => CreateAnnotationStoreVersion$,
            SBt: () => GetAnnotationImportJob$,
            $n7: () => GetAnnotationStore$,
            hzm: () => GetAnnotationStoreVersion$,
            D4g: () => ListAnnotationImportJobs$,
            sUj: () => StartAnnotationImportJob$,
            q1U: () => errorTypeRegistries
        });
        var TypeRegistry = __nccwpck_require__(5629);
        var exceptions = __nccwpck_require__(4667);
        class OmicsServiceException extends exceptions.T {
            constructor(options) {
                super(options);
                Object.setPrototypeOf(this, OmicsServiceException.prototype);
            }
        }
        class AccessDeniedException extends OmicsServiceException {
            name="AccessDeniedException";
            $fault="client";
            constructor(opts) {
                super({
                    name: "AccessDeniedException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, AccessDeniedException.prototype);
            }
        }
        class InternalServerException extends OmicsServiceException {
            name="InternalServerException";
            $fault="server";
            $retryable={};
            constructor(opts) {
                super({
                    name: "InternalServerException",
                    $fault: "server",
                    ...opts
                });
                Object.setPrototypeOf(this, InternalServerException.prototype);
            }
        }
        class NotSupportedOperationException extends OmicsServiceException {
            name="NotSupportedOperationException";
            $fault="client";
            constructor(opts) {
                super({
                    name: "NotSupportedOperationException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, NotSupportedOperationException.prototype);
            }
        }
        class RequestTimeoutException extends OmicsServiceException {
            name="RequestTimeoutException";
            $fault="client";
            constructor(opts) {
                super({
                    name: "RequestTimeoutException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, RequestTimeoutException.prototype);
            }
        }
        class ResourceNotFoundException extends OmicsServiceException {
            name="ResourceNotFoundException";
            $fault="client";
            constructor(opts) {
                super({
                    name: "ResourceNotFoundException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
            }
        }
        class ServiceQuotaExceededException extends OmicsServiceException {
            name="ServiceQuotaExceededException";
            $fault="client";
            constructor(opts) {
                super({
                    name: "ServiceQuotaExceededException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ServiceQuotaExceededException.prototype);
            }
        }
        class ThrottlingException extends OmicsServiceException {
            name="ThrottlingException";
            $fault="client";
            $retryable={
                throttling: true
            };
            constructor(opts) {
                super({
                    name: "ThrottlingException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ThrottlingException.prototype);
            }
        }
        class ValidationException extends OmicsServiceException {
            name="ValidationException";
            $fault="client";
            constructor(opts) {
                super({
                    name: "ValidationException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ValidationException.prototype);
            }
        }
        class ConflictException extends OmicsServiceException {
            name="ConflictException";
            $fault="client";
            constructor(opts) {
                super({
                    name: "ConflictException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ConflictException.prototype);
            }
        }
        class RangeNotSatisfiableException extends OmicsServiceException {
            name="RangeNotSatisfiableException";
            $fault="client";
            $retryable={};
            constructor(opts) {
                super({
                    name: "RangeNotSatisfiableException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, RangeNotSatisfiableException.prototype);
            }
        }
        const _ADE = "AccessDeniedException";
        const _AIID = "AnnotationImportItemDetail";
        const _AIIDn = "AnnotationImportItemDetails";
        const _AIIS = "AnnotationImportItemSource";
        const _AIISn = "AnnotationImportItemSources";
        const _AIJI = "AnnotationImportJobItem";
        const _AIJIn = "AnnotationImportJobItems";
        const _CAIJ = "CancelAnnotationImportJob";
        const _CAIR = "CancelAnnotationImportRequest";
        const _CAIRa = "CancelAnnotationImportResponse";
        const _CASV = "CreateAnnotationStoreVersion";
        const _CASVR = "CreateAnnotationStoreVersionRequest";
        const _CASVRr = "CreateAnnotationStoreVersionResponse";
        const _CE = "ConflictException";
        const _FO = "FormatOptions";
        const _GAIJ = "GetAnnotationImportJob";
        const _GAIR = "GetAnnotationImportRequest";
        const _GAIRe = "GetAnnotationImportResponse";
        const _GAS = "GetAnnotationStore";
        const _GASR = "GetAnnotationStoreRequest";
        const _GASRe = "GetAnnotationStoreResponse";
        const _GASV = "GetAnnotationStoreVersion";
        const _GASVR = "GetAnnotationStoreVersionRequest";
        const _GASVRe = "GetAnnotationStoreVersionResponse";
        const _ISE = "InternalServerException";
        const _LAIJ = "ListAnnotationImportJobs";
        const _LAIJF = "ListAnnotationImportJobsFilter";
        const _LAIJR = "ListAnnotationImportJobsRequest";
        const _LAIJRi = "ListAnnotationImportJobsResponse";
        const _NSOE = "NotSupportedOperationException";
        const _RI = "ReferenceItem";
        const _RNFE = "ResourceNotFoundException";
        const _RNSE = "RangeNotSatisfiableException";
        const _RO = "ReadOptions";
        const _RTE = "RequestTimeoutException";
        const _S = "Schema";
        const _SAIJ = "StartAnnotationImportJob";
        const _SAIR = "StartAnnotationImportRequest";
        const _SAIRt = "StartAnnotationImportResponse";
        const _SC = "SseConfig";
        const _SO = "StoreOptions";
        const _SQEE = "ServiceQuotaExceededException";
        const _TE = "ThrottlingException";
        const _TO = "TsvOptions";
        const _TSO = "TsvStoreOptions";
        const _TVO = "TsvVersionOptions";
        const _VE = "ValidationException";
        const _VO = "VcfOptions";
        const _VOe = "VersionOptions";
        const _aF = "annotationFields";
        const _aIJ = "annotationImportJobs";
        const _aT = "annotationType";
        const _c = "client";
        const _cT = "creationTime";
        const _cTo = "completionTime";
        const _com = "comment";
        const _d = "description";
        const _dN = "destinationName";
        const _e = "error";
        const _eQ = "escapeQuotes";
        const _enc = "encoding";
        const _end = "endpoint";
        const _es = "escape";
        const _fO = "formatOptions";
        const _fTH = "formatToHeader";
        const _filt = "filter";
        const _h = "header";
        const _hE = "httpError";
        const _hQ = "httpQuery";
        const _ht = "http";
        const _i = "id";
        const _iFF = "ignoreFilterField";
        const _iQF = "ignoreQualField";
        const _id = "ids";
        const _it = "items";
        const _jI = "jobId";
        const _jS = "jobStatus";
        const _kA = "keyArn";
        const _lSi = "lineSep";
        const _m = "message";
        const _mRa = "maxResults";
        const _n = "name";
        const _nT = "nextToken";
        const _nV = "numVersions";
        const _q = "quote";
        const _qA = "quoteAll";
        const _r = "reference";
        const _rA = "roleArn";
        const _rAe = "referenceArn";
        const _rLN = "runLeftNormalization";
        const _rOe = "readOptions";
        const _s = "smithy.ts.sdk.synthetic.com.amazonaws.omics";
        const _sA = "storeArn";
        const _sC = "sseConfig";
        const _sF = "storeFormat";
        const _sIt = "storeId";
        const _sM = "statusMessage";
        const _sNt = "storeName";
        const _sO = "storeOptions";
        const _sSB = "storeSizeBytes";
        const _sc = "schema";
        const _se = "server";
        const _sep = "sep";
        const _so = "source";
        const _sta = "status";
        const _tO = "tsvOptions";
        const _tSO = "tsvStoreOptions";
        const _tVO = "tsvVersionOptions";
        const _ta = "tags";
        const _ty = "type";
        const _uT = "updateTime";
        const _vA = "versionArn";
        const _vN = "versionName";
        const _vO = "versionOptions";
        const _vOc = "vcfOptions";
        const _vSB = "versionSizeBytes";
        const n0 = "com.amazonaws.omics";
        const _s_registry = TypeRegistry.O.for(_s);
        var OmicsServiceException$ = [ -3, _s, "OmicsServiceException", 0, [], [] ];
        _s_registry.registerError(OmicsServiceException$, OmicsServiceException);
        const n0_registry = TypeRegistry.O.for(n0);
        var AccessDeniedException$ = [ -3, n0, _ADE, {
            [_e]: _c,
            [_hE]: 403
        }, [ _m ], [ 0 ], 1 ];
        n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
        var ConflictException$ = [ -3, n0, _CE, {
            [_e]: _c,
            [_hE]: 409
        }, [ _m ], [ 0 ], 1 ];
        n0_registry.registerError(ConflictException$, ConflictException);
        var InternalServerException$ = [ -3, n0, _ISE, {
            [_e]: _se,
            [_hE]: 500
        }, [ _m ], [ 0 ], 1 ];
        n0_registry.registerError(InternalServerException$, InternalServerException);
        var NotSupportedOperationException$ = [ -3, n0, _NSOE, {
            [_e]: _c,
            [_hE]: 405
        }, [ _m ], [ 0 ], 1 ];
        n0_registry.registerError(NotSupportedOperationException$, NotSupportedOperationException);
        var RangeNotSatisfiableException$ = [ -3, n0, _RNSE, {
            [_e]: _c,
            [_hE]: 416
        }, [ _m ], [ 0 ], 1 ];
        n0_registry.registerError(RangeNotSatisfiableException$, RangeNotSatisfiableException);
        var RequestTimeoutException$ = [ -3, n0, _RTE, {
            [_e]: _c,
            [_hE]: 408
        }, [ _m ], [ 0 ], 1 ];
        n0_registry.registerError(RequestTimeoutException$, RequestTimeoutException);
        var ResourceNotFoundException$ = [ -3, n0, _RNFE, {
            [_e]: _c,
            [_hE]: 404
        }, [ _m ], [ 0 ], 1 ];
        n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
        var ServiceQuotaExceededException$ = [ -3, n0, _SQEE, {
            [_e]: _c,
            [_hE]: 402
        }, [ _m ], [ 0 ], 1 ];
        n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
        var ThrottlingException$ = [ -3, n0, _TE, {
            [_e]: _c,
            [_hE]: 429
        }, [ _m ], [ 0 ], 1 ];
        n0_registry.registerError(ThrottlingException$, ThrottlingException);
        var ValidationException$ = [ -3, n0, _VE, {
            [_e]: _c,
            [_hE]: 400
        }, [ _m ], [ 0 ], 1 ];
        n0_registry.registerError(ValidationException$, ValidationException);
        const errorTypeRegistries = [ _s_registry, n0_registry ];
        var AnnotationImportItemDetail$ = [ 3, n0, _AIID, 0, [ _so, _jS ], [ 0, 0 ], 2 ];
        var AnnotationImportItemSource$ = [ 3, n0, _AIIS, 0, [ _so ], [ 0 ], 1 ];
        var AnnotationImportJobItem$ = [ 3, n0, _AIJI, 0, [ _i, _dN, _vN, _rA, _sta, _cT, _uT, _cTo, _rLN, _aF ], [ 0, 0, 0, 0, 0, 5, 5, 5, 2, 128 | 0 ], 7 ];
        var CancelAnnotationImportRequest$ = [ 3, n0, _CAIR, 0, [ _jI ], [ [ 0, 1 ] ], 1 ];
        var CancelAnnotationImportResponse$ = [ 3, n0, _CAIRa, 0, [], [] ];
        var CreateAnnotationStoreVersionRequest$ = [ 3, n0, _CASVR, 0, [ _n, _vN, _d, _vO, _ta ], [ [ 0, 1 ], 0, 0, () => VersionOptions$, 128 | 0 ], 2 ];
        var CreateAnnotationStoreVersionResponse$ = [ 3, n0, _CASVRr, 0, [ _i, _vN, _sIt, _n, _sta, _cT, _vO ], [ 0, 0, 0, 0, 0, 5, () => VersionOptions$ ], 6 ];
        var GetAnnotationImportRequest$ = [ 3, n0, _GAIR, 0, [ _jI ], [ [ 0, 1 ] ], 1 ];
        var GetAnnotationImportResponse$ = [ 3, n0, _GAIRe, 0, [ _i, _dN, _vN, _rA, _sta, _sM, _cT, _uT, _cTo, _it, _rLN, _fO, _aF ], [ 0, 0, 0, 0, 0, 0, 5, 5, 5, () => AnnotationImportItemDetails, 2, () => FormatOptions$, 128 | 0 ], 12 ];
        var GetAnnotationStoreRequest$ = [ 3, n0, _GASR, 0, [ _n ], [ [ 0, 1 ] ], 1 ];
        var GetAnnotationStoreResponse$ = [ 3, n0, _GASRe, 0, [ _i, _r, _sta, _sA, _n, _d, _sC, _cT, _uT, _ta, _sM, _sSB, _nV, _sO, _sF ], [ 0, () => ReferenceItem$, 0, 0, 0, 0, () => SseConfig$, 5, 5, 128 | 0, 0, 1, 1, () => StoreOptions$, 0 ], 13 ];
        var GetAnnotationStoreVersionRequest$ = [ 3, n0, _GASVR, 0, [ _n, _vN ], [ [ 0, 1 ], [ 0, 1 ] ], 2 ];
        var GetAnnotationStoreVersionResponse$ = [ 3, n0, _GASVRe, 0, [ _sIt, _i, _sta, _vA, _n, _vN, _d, _cT, _uT, _ta, _sM, _vSB, _vO ], [ 0, 0, 0, 0, 0, 0, 0, 5, 5, 128 | 0, 0, 1, () => VersionOptions$ ], 12 ];
        var ListAnnotationImportJobsFilter$ = [ 3, n0, _LAIJF, 0, [ _sta, _sNt ], [ 0, 0 ] ];
        var ListAnnotationImportJobsRequest$ = [ 3, n0, _LAIJR, 0, [ _mRa, _id, _nT, _filt ], [ [ 1, {
            [_hQ]: _mRa
        } ], 64 | 0, [ 0, {
            [_hQ]: _nT
        } ], () => ListAnnotationImportJobsFilter$ ] ];
        var ListAnnotationImportJobsResponse$ = [ 3, n0, _LAIJRi, 0, [ _aIJ, _nT ], [ () => AnnotationImportJobItems, 0 ] ];
        var ReadOptions$ = [ 3, n0, _RO, 0, [ _sep, _enc, _q, _qA, _es, _eQ, _com, _h, _lSi ], [ 0, 0, 0, 2, 0, 2, 0, 2, 0 ] ];
        var SseConfig$ = [ 3, n0, _SC, 0, [ _ty, _kA ], [ 0, 0 ], 1 ];
        var StartAnnotationImportRequest$ = [ 3, n0, _SAIR, 0, [ _dN, _rA, _it, _vN, _fO, _rLN, _aF ], [ 0, 0, () => AnnotationImportItemSources, 0, () => FormatOptions$, 2, 128 | 0 ], 3 ];
        var StartAnnotationImportResponse$ = [ 3, n0, _SAIRt, 0, [ _jI ], [ 0 ], 1 ];
        var TsvOptions$ = [ 3, n0, _TO, 0, [ _rOe ], [ () => ReadOptions$ ] ];
        var TsvStoreOptions$ = [ 3, n0, _TSO, 0, [ _aT, _fTH, _sc ], [ 0, 128 | 0, [ 1, n0, _S, 0, 128 | 0 ] ] ];
        var TsvVersionOptions$ = [ 3, n0, _TVO, 0, [ _aT, _fTH, _sc ], [ 0, 128 | 0, [ 1, n0, _S, 0, 128 | 0 ] ] ];
        var VcfOptions$ = [ 3, n0, _VO, 0, [ _iQF, _iFF ], [ 2, 2 ] ];
        var AnnotationImportItemDetails = [ 1, n0, _AIIDn, 0, () => AnnotationImportItemDetail$ ];
        var AnnotationImportItemSources = [ 1, n0, _AIISn, 0, () => AnnotationImportItemSource$ ];
        var AnnotationImportJobItems = [ 1, n0, _AIJIn, 0, () => AnnotationImportJobItem$ ];
        var FormatOptions$ = [ 4, n0, _FO, 0, [ _tO, _vOc ], [ () => TsvOptions$, () => VcfOptions$ ] ];
        var ReferenceItem$ = [ 4, n0, _RI, 0, [ _rAe ], [ 0 ] ];
        var StoreOptions$ = [ 4, n0, _SO, 0, [ _tSO ], [ () => TsvStoreOptions$ ] ];
        var VersionOptions$ = [ 4, n0, _VOe, 0, [ _tVO ], [ () => TsvVersionOptions$ ] ];
        var CancelAnnotationImportJob$ = [ 9, n0, _CAIJ, {
            [_end]: [ "analytics-" ],
            [_ht]: [ "DELETE", "/import/annotation/{jobId}", 200 ]
        }, () => CancelAnnotationImportRequest$, () => CancelAnnotationImportResponse$ ];
        var CreateAnnotationStoreVersion$ = [ 9, n0, _CASV, {
            [_end]: [ "analytics-" ],
            [_ht]: [ "POST", "/annotationStore/{name}/version", 200 ]
        }, () => CreateAnnotationStoreVersionRequest$, () => CreateAnnotationStoreVersionResponse$ ];
        var GetAnnotationImportJob$ = [ 9, n0, _GAIJ, {
            [_end]: [ "analytics-" ],
            [_ht]: [ "GET", "/import/annotation/{jobId}", 200 ]
        }, () => GetAnnotationImportRequest$, () => GetAnnotationImportResponse$ ];
        var GetAnnotationStore$ = [ 9, n0, _GAS, {
            [_end]: [ "analytics-" ],
            [_ht]: [ "GET", "/annotationStore/{name}", 200 ]
        }, () => GetAnnotationStoreRequest$, () => GetAnnotationStoreResponse$ ];
        var GetAnnotationStoreVersion$ = [ 9, n0, _GASV, {
            [_end]: [ "analytics-" ],
            [_ht]: [ "GET", "/annotationStore/{name}/version/{versionName}", 200 ]
        }, () => GetAnnotationStoreVersionRequest$, () => GetAnnotationStoreVersionResponse$ ];
        var ListAnnotationImportJobs$ = [ 9, n0, _LAIJ, {
            [_end]: [ "analytics-" ],
            [_ht]: [ "POST", "/import/annotations", 200 ]
        }, () => ListAnnotationImportJobsRequest$, () => ListAnnotationImportJobsResponse$ ];
        var StartAnnotationImportJob$ = [ 9, n0, _SAIJ, {
            [_end]: [ "analytics-" ],
            [_ht]: [ "POST", "/import/annotation", 200 ]
        }, () => StartAnnotationImportRequest$, () => StartAnnotationImportResponse$ ];
    }),
    5477: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            I: () => emitWarningIfUnsupportedVersion
        });
        const state = {
            warningEmitted: false
        };
        const emitWarningIfUnsupportedVersion = version => {
            if (version && !state.warningEmitted) {
                if (process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED === "true") {
                    state.warningEmitted = true;
                    return;
                }
                const userMajorVersion = parseInt(version.substring(1, version.indexOf(".")));
                const vv = 22;
                if (userMajorVersion < vv) {
                    state.warningEmitted = true;
                    process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScript (v3)\nversions published after the first week of January 2027\nwill require node >=${vv}. You are running node ${version}.\n\nTo continue receiving updates to AWS services, bug fixes,\nand security updates please upgrade to node >=${vv}.\n\nMore information can be found at: https://a.co/c895JFp`);
                }
            }
        };
    }),
    9007: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            OV: () => resolveHostHeaderConfig,
            TC: () => getHostHeaderPlugin
        });
        var _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9725);
        function resolveHostHeaderConfig(input) {
            return input;
        }
        const hostHeaderMiddleware = options => next => async args => {
            if (!_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_0__.K.isInstance(args.request)) return next(args);
            const {request: request} = args;
            const {handlerProtocol: handlerProtocol = ""} = options.requestHandler.metadata || {};
            if (handlerProtocol.indexOf("h2") >= 0 && !request.headers[":authority"]) {
                delete request.headers["host"];
                request.headers[":authority"] = request.hostname + (request.port ? ":" + request.port : "");
            } else if (!request.headers["host"]) {
                let host = request.hostname;
                if (request.port != null) host += `:${request.port}`;
                request.headers["host"] = host;
            }
            return next(args);
        };
        const hostHeaderMiddlewareOptions = {
            name: "hostHeaderMiddleware",
            step: "build",
            priority: "low",
            tags: [ "HOST" ],
            override: true
        };
        const getHostHeaderPlugin = options => ({
            applyToStack: clientStack => {
                clientStack.add(hostHeaderMiddleware(options), hostHeaderMiddlewareOptions);
            }
        });
    }),
    5180: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            Y7: () => getLoggerPlugin
        });
        var _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7545);
        const loggerMiddleware = () => (next, context) => async args => {
            try {
                const response = await next(args);
                const {logger: logger} = context;
                const isNoOpLogger = logger instanceof _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__.N;
                if (logger && !isNoOpLogger) {
                    const {clientName: clientName, commandName: commandName, dynamoDbDocumentClientOptions: dynamoDbDocumentClientOptions = {}} = context;
                    const {overrideInputFilterSensitiveLog: overrideInputFilterSensitiveLog, overrideOutputFilterSensitiveLog: overrideOutputFilterSensitiveLog} = dynamoDbDocumentClientOptions;
                    const inputFilterSensitiveLog = overrideInputFilterSensitiveLog ?? context.inputFilterSensitiveLog;
                    const outputFilterSensitiveLog = overrideOutputFilterSensitiveLog ?? context.outputFilterSensitiveLog;
                    const {$metadata: $metadata, ...outputWithoutMetadata} = response.output;
                    logger.info?.({
                        clientName: clientName,
                        commandName: commandName,
                        input: inputFilterSensitiveLog(args.input),
                        output: outputFilterSensitiveLog(outputWithoutMetadata),
                        metadata: $metadata
                    });
                }
                return response;
            } catch (error) {
                const {clientName: clientName, commandName: commandName, logger: logger, dynamoDbDocumentClientOptions: dynamoDbDocumentClientOptions = {}} = context;
                const {overrideInputFilterSensitiveLog: overrideInputFilterSensitiveLog} = dynamoDbDocumentClientOptions;
                const inputFilterSensitiveLog = overrideInputFilterSensitiveLog ?? context.inputFilterSensitiveLog;
                logger?.error?.({
                    clientName: clientName,
                    commandName: commandName,
                    input: inputFilterSensitiveLog(args.input),
                    error: error,
                    metadata: error.$metadata
                });
                throw error;
            }
        };
        const loggerMiddlewareOptions = {
            name: "loggerMiddleware",
            tags: [ "LOGGER" ],
            step: "initialize",
            override: true
        };
        const getLoggerPlugin = options => ({
            applyToStack: clientStack => {
                clientStack.add(loggerMiddleware(), loggerMiddlewareOptions);
            }
        });
    }),
    5250: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            n: () => getRecursionDetectionPlugin
        });
        const recursionDetectionMiddlewareOptions = {
            step: "build",
            tags: [ "RECURSION_DETECTION", "TRACE_CONTEXT_PROPAGATION" ],
            name: "recursionDetectionMiddleware",
            override: true,
            priority: "low"
        };
        const PROTECTED_KEYS = {
            REQUEST_ID: Symbol.for("_AWS_LAMBDA_REQUEST_ID"),
            X_RAY_TRACE_ID: Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),
            TENANT_ID: Symbol.for("_AWS_LAMBDA_TENANT_ID"),
            TRACEPARENT: Symbol.for("_AWS_LAMBDA_TRACEPARENT"),
            TRACESTATE: Symbol.for("_AWS_LAMBDA_TRACESTATE"),
            BAGGAGE: Symbol.for("_AWS_LAMBDA_BAGGAGE")
        };
        const NO_GLOBAL_AWS_LAMBDA = [ "true", "1" ].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA ?? "");
        if (!NO_GLOBAL_AWS_LAMBDA) globalThis.awslambda = globalThis.awslambda || {};
        class InvokeStoreBase {
            static PROTECTED_KEYS=PROTECTED_KEYS;
            isProtectedKey(key) {
                return Object.values(PROTECTED_KEYS).includes(key);
            }
            getRequestId() {
                return this.get(PROTECTED_KEYS.REQUEST_ID) ?? "-";
            }
            getXRayTraceId() {
                return this.get(PROTECTED_KEYS.X_RAY_TRACE_ID);
            }
            getTenantId() {
                return this.get(PROTECTED_KEYS.TENANT_ID);
            }
            getTraceparent() {
                return this.get(PROTECTED_KEYS.TRACEPARENT);
            }
            getTracestate() {
                return this.get(PROTECTED_KEYS.TRACESTATE);
            }
            getBaggage() {
                return this.get(PROTECTED_KEYS.BAGGAGE);
            }
        }
        class InvokeStoreSingle extends InvokeStoreBase {
            currentContext;
            getContext() {
                return this.currentContext;
            }
            hasContext() {
                return this.currentContext !== void 0;
            }
            get(key) {
                return this.currentContext?.[key];
            }
            set(key, value) {
                if (this.isProtectedKey(key)) throw new Error(`Cannot modify protected Lambda context field: ${String(key)}`);
                this.currentContext = this.currentContext || {};
                this.currentContext[key] = value;
            }
            run(context, fn) {
                this.currentContext = context;
                return fn();
            }
        }
        class InvokeStoreMulti extends InvokeStoreBase {
            als;
            static async create() {
                const instance = new InvokeStoreMulti;
                const asyncHooks = await Promise.resolve().then(__nccwpck_require__.t.bind(__nccwpck_require__, 6698, 23));
                instance.als = new asyncHooks.AsyncLocalStorage;
                return instance;
            }
            getContext() {
                return this.als.getStore();
            }
            hasContext() {
                return this.als.getStore() !== void 0;
            }
            get(key) {
                return this.als.getStore()?.[key];
            }
            set(key, value) {
                if (this.isProtectedKey(key)) throw new Error(`Cannot modify protected Lambda context field: ${String(key)}`);
                const store = this.als.getStore();
                if (!store) throw new Error("No context available");
                store[key] = value;
            }
            run(context, fn) {
                return this.als.run(context, fn);
            }
        }
        var InvokeStore;
        (function(InvokeStore) {
            let instance = null;
            async function getInstanceAsync(forceInvokeStoreMulti) {
                if (!instance) instance = (async () => {
                    const isMulti = forceInvokeStoreMulti === true || "AWS_LAMBDA_MAX_CONCURRENCY" in process.env;
                    const newInstance = isMulti ? await InvokeStoreMulti.create() : new InvokeStoreSingle;
                    if (!NO_GLOBAL_AWS_LAMBDA && globalThis.awslambda?.InvokeStore) return globalThis.awslambda.InvokeStore; else if (!NO_GLOBAL_AWS_LAMBDA && globalThis.awslambda) {
                        globalThis.awslambda.InvokeStore = newInstance;
                        return newInstance;
                    } else return newInstance;
                })();
                return instance;
            }
            InvokeStore.getInstanceAsync = getInstanceAsync;
            InvokeStore._testing = process.env.AWS_LAMBDA_BENCHMARK_MODE === "1" ? {
                reset: () => {
                    instance = null;
                    if (globalThis.awslambda?.InvokeStore) delete globalThis.awslambda.InvokeStore;
                    globalThis.awslambda = {
                        InvokeStore: void 0
                    };
                }
            } : void 0;
        })(InvokeStore || (InvokeStore = {}));
        var httpRequest = __nccwpck_require__(9725);
        const AWS_LAMBDA_FUNCTION_NAME = "AWS_LAMBDA_FUNCTION_NAME";
        const _X_AMZN_TRACE_ID = "_X_AMZN_TRACE_ID";
        const X_AMZN_TRACE_ID = "X-Amzn-Trace-Id";
        const TRACEPARENT = "traceparent";
        const TRACESTATE = "tracestate";
        const BAGGAGE = "baggage";
        const recursionDetectionMiddleware = () => next => async args => {
            const {request: request} = args;
            if (!httpRequest.K.isInstance(request)) return next(args);
            let invokeStore;
            {
                const traceIdHeader = Object.keys(request.headers ?? {}).find(h => h.toLowerCase() === X_AMZN_TRACE_ID.toLowerCase()) ?? X_AMZN_TRACE_ID;
                if (!request.headers.hasOwnProperty(traceIdHeader)) {
                    const functionName = process.env[AWS_LAMBDA_FUNCTION_NAME];
                    const traceIdFromEnv = process.env[_X_AMZN_TRACE_ID];
                    invokeStore ??= await InvokeStore.getInstanceAsync();
                    const traceIdFromInvokeStore = invokeStore?.getXRayTraceId();
                    const traceId = traceIdFromInvokeStore ?? traceIdFromEnv;
                    const nonEmptyString = str => typeof str === "string" && str.length > 0;
                    if (nonEmptyString(functionName) && nonEmptyString(traceId)) request.headers[X_AMZN_TRACE_ID] = traceId;
                }
            }
            {
                sanitizeTraceHeaders(request.headers);
                const existingTraceparent = request.headers[TRACEPARENT];
                if (!existingTraceparent) {
                    const traceparent = (invokeStore ??= await InvokeStore.getInstanceAsync())?.getTraceparent?.();
                    if (traceparent) {
                        request.headers[TRACEPARENT] = traceparent;
                        const tracestate = invokeStore?.getTracestate?.();
                        if (tracestate) request.headers[TRACESTATE] = tracestate;
                        const baggage = invokeStore?.getBaggage?.();
                        if (baggage) request.headers[BAGGAGE] = baggage;
                    }
                }
            }
            return next(args);
        };
        function sanitizeTraceHeaders(headers) {
            for (const header of Object.keys(headers)) {
                const lower = header.toLowerCase();
                if (header !== lower && (lower === TRACEPARENT || lower === TRACESTATE || lower === BAGGAGE)) {
                    headers[lower] = headers[header];
                    delete headers[header];
                }
            }
        }
        const getRecursionDetectionPlugin = options => ({
            applyToStack: clientStack => {
                clientStack.add(recursionDetectionMiddleware(), recursionDetectionMiddlewareOptions);
            }
        });
    }),
    846: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            D: () => resolveUserAgentConfig,
            b: () => DEFAULT_UA_APP_ID
        });
        var _smithy_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3926);
        const DEFAULT_UA_APP_ID = void 0;
        function isValidUserAgentAppId(appId) {
            if (appId === void 0) return true;
            return typeof appId === "string" && appId.length <= 50;
        }
        function resolveUserAgentConfig(input) {
            const normalizedAppIdProvider = (0, _smithy_core__WEBPACK_IMPORTED_MODULE_0__.t)(input.userAgentAppId ?? DEFAULT_UA_APP_ID);
            const {customUserAgent: customUserAgent} = input;
            return Object.assign(input, {
                customUserAgent: typeof customUserAgent === "string" ? [ [ customUserAgent ] ] : customUserAgent,
                userAgentAppId: async () => {
                    const appId = await normalizedAppIdProvider();
                    if (!isValidUserAgentAppId(appId)) {
                        const logger = input.logger?.constructor?.name === "NoOpLogger" || !input.logger ? console : input.logger;
                        if (typeof appId !== "string") logger?.warn("userAgentAppId must be a string or undefined."); else if (appId.length > 50) logger?.warn("The provided userAgentAppId exceeds the maximum length of 50 characters.");
                    }
                    return appId;
                }
            });
        }
    }),
    721: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            sM: () => getUserAgentPlugin
        });
        var httpRequest = __nccwpck_require__(9725);
        var partition = __nccwpck_require__(3305);
        var util_retry_config = __nccwpck_require__(4353);
        var setFeature = __nccwpck_require__(8102);
        const ACCOUNT_ID_ENDPOINT_REGEX = /\d{12}\.ddb/;
        async function checkFeatures(context, config, args) {
            const request = args.request;
            if (request?.headers?.["smithy-protocol"] === "rpc-v2-cbor") (0, setFeature.J)(context, "PROTOCOL_RPC_V2_CBOR", "M");
            if (typeof config.retryStrategy === "function") {
                const retryStrategy = await config.retryStrategy();
                if (typeof retryStrategy.mode === "string") switch (retryStrategy.mode) {
                  case util_retry_config.cm.ADAPTIVE:
                    (0, setFeature.J)(context, "RETRY_MODE_ADAPTIVE", "F");
                    break;

                  case util_retry_config.cm.STANDARD:
                    (0, setFeature.J)(context, "RETRY_MODE_STANDARD", "E");
                    break;
                }
            }
            if (typeof config.accountIdEndpointMode === "function") {
                const endpointV2 = context.endpointV2;
                if (String(endpointV2?.url?.hostname).match(ACCOUNT_ID_ENDPOINT_REGEX)) (0, setFeature.J)(context, "ACCOUNT_ID_ENDPOINT", "O");
                switch (await (config.accountIdEndpointMode?.())) {
                  case "disabled":
                    (0, setFeature.J)(context, "ACCOUNT_ID_MODE_DISABLED", "Q");
                    break;

                  case "preferred":
                    (0, setFeature.J)(context, "ACCOUNT_ID_MODE_PREFERRED", "P");
                    break;

                  case "required":
                    (0, setFeature.J)(context, "ACCOUNT_ID_MODE_REQUIRED", "R");
                    break;
                }
            }
            const identity = context.__smithy_context?.selectedHttpAuthScheme?.identity;
            if (identity?.$source) {
                const credentials = identity;
                if (credentials.accountId) (0, setFeature.J)(context, "RESOLVED_ACCOUNT_ID", "T");
                for (const [key, value] of Object.entries(credentials.$source ?? {})) (0, setFeature.J)(context, key, value);
            }
        }
        const USER_AGENT = "user-agent";
        const X_AMZ_USER_AGENT = "x-amz-user-agent";
        const SPACE = " ";
        const UA_NAME_SEPARATOR = "/";
        const UA_NAME_ESCAPE_REGEX = /[^!$%&'*+\-.^_`|~\w]/g;
        const UA_VALUE_ESCAPE_REGEX = /[^!$%&'*+\-.^_`|~\w#]/g;
        const UA_ESCAPE_CHAR = "-";
        const BYTE_LIMIT = 1024;
        function encodeFeatures(features) {
            let buffer = "";
            for (const key in features) {
                const val = features[key];
                if (buffer.length + val.length + 1 <= BYTE_LIMIT) {
                    if (buffer.length) buffer += "," + val; else buffer += val;
                    continue;
                }
                break;
            }
            return buffer;
        }
        const userAgentMiddleware = options => (next, context) => async args => {
            const {request: request} = args;
            if (!httpRequest.K.isInstance(request)) return next(args);
            const {headers: headers} = request;
            const userAgent = context?.userAgent?.map(escapeUserAgent) || [];
            const defaultUserAgent = (await options.defaultUserAgentProvider()).map(escapeUserAgent);
            await checkFeatures(context, options, args);
            const awsContext = context;
            defaultUserAgent.push(`m/${encodeFeatures(Object.assign({}, context.__smithy_context?.features, awsContext.__aws_sdk_context?.features))}`);
            const customUserAgent = options?.customUserAgent?.map(escapeUserAgent) || [];
            const appId = await options.userAgentAppId();
            if (appId) defaultUserAgent.push(escapeUserAgent([ `app`, `${appId}` ]));
            const prefix = (0, partition.vL)();
            const sdkUserAgentValue = (prefix ? [ prefix ] : []).concat([ ...defaultUserAgent, ...userAgent, ...customUserAgent ]).join(SPACE);
            const normalUAValue = [ ...defaultUserAgent.filter(section => section.startsWith("aws-sdk-")), ...customUserAgent ].join(SPACE);
            if (options.runtime !== "browser") {
                if (normalUAValue) headers[X_AMZ_USER_AGENT] = headers[X_AMZ_USER_AGENT] ? `${headers[USER_AGENT]} ${normalUAValue}` : normalUAValue;
                headers[USER_AGENT] = sdkUserAgentValue;
            } else headers[X_AMZ_USER_AGENT] = sdkUserAgentValue;
            return next({
                ...args,
                request: request
            });
        };
        const escapeUserAgent = userAgentPair => {
            const name = userAgentPair[0].split(UA_NAME_SEPARATOR).map(part => part.replace(UA_NAME_ESCAPE_REGEX, UA_ESCAPE_CHAR)).join(UA_NAME_SEPARATOR);
            const version = userAgentPair[1]?.replace(UA_VALUE_ESCAPE_REGEX, UA_ESCAPE_CHAR);
            const prefixSeparatorIndex = name.indexOf(UA_NAME_SEPARATOR);
            const prefix = name.substring(0, prefixSeparatorIndex);
            let uaName = name.substring(prefixSeparatorIndex + 1);
            if (prefix === "api") uaName = uaName.toLowerCase();
            return [ prefix, uaName, version ].filter(item => item && item.length > 0).reduce((acc, item, index) => {
                switch (index) {
                  case 0:
                    return item;

                  case 1:
                    return `${acc}/${item}`;

                  default:
                    return `${acc}#${item}`;
                }
            }, "");
        };
        const getUserAgentMiddlewareOptions = {
            name: "getUserAgentMiddleware",
            step: "build",
            priority: "low",
            tags: [ "SET_USER_AGENT", "USER_AGENT" ],
            override: true
        };
        const getUserAgentPlugin = config => ({
            applyToStack: clientStack => {
                clientStack.add(userAgentMiddleware(config), getUserAgentMiddlewareOptions);
            }
        });
    }),
    9999: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            $: () => resolveAwsRegionExtensionConfiguration,
            R: () => getAwsRegionExtensionConfiguration
        });
        const getAwsRegionExtensionConfiguration = runtimeConfig => ({
            setRegion(region) {
                runtimeConfig.region = region;
            },
            region() {
                return runtimeConfig.region;
            }
        });
        const resolveAwsRegionExtensionConfiguration = awsRegionExtensionConfiguration => ({
            region: awsRegionExtensionConfiguration.region()
        });
    }),
    249: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            g: () => setCredentialFeature
        });
        function setCredentialFeature(credentials, feature, value) {
            if (!credentials.$source) credentials.$source = {};
            credentials.$source[feature] = value;
            return credentials;
        }
    }),
    8102: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            J: () => setFeature
        });
        function setFeature(context, feature, value) {
            if (!context.__aws_sdk_context) context.__aws_sdk_context = {
                features: {}
            }; else if (!context.__aws_sdk_context.features) context.__aws_sdk_context.features = {};
            context.__aws_sdk_context.features[feature] = value;
        }
    }),
    6180: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            U: () => awsEndpointFunctions
        });
        var customEndpointFunctions = __nccwpck_require__(1046);
        var isValidHostLabel = __nccwpck_require__(4280);
        var isIpAddress = __nccwpck_require__(6676);
        const isVirtualHostableS3Bucket = (value, allowSubDomains = false) => {
            if (allowSubDomains) {
                for (const label of value.split(".")) if (!isVirtualHostableS3Bucket(label)) return false;
                return true;
            }
            if (!(0, isValidHostLabel.X)(value)) return false;
            if (value.length < 3 || value.length > 63) return false;
            if (value !== value.toLowerCase()) return false;
            if ((0, isIpAddress.o)(value)) return false;
            return true;
        };
        const ARN_DELIMITER = ":";
        const RESOURCE_DELIMITER = "/";
        const parseArn = value => {
            const segments = value.split(ARN_DELIMITER);
            if (segments.length < 6) return null;
            const [arn, partition, service, region, accountId, ...resourcePath] = segments;
            if (arn !== "arn" || partition === "" || service === "" || resourcePath.join(ARN_DELIMITER) === "") return null;
            const resourceId = resourcePath.map(resource => resource.split(RESOURCE_DELIMITER)).flat();
            return {
                partition: partition,
                service: service,
                region: region,
                accountId: accountId,
                resourceId: resourceId
            };
        };
        var partition = __nccwpck_require__(3305);
        const awsEndpointFunctions = {
            isVirtualHostableS3Bucket: isVirtualHostableS3Bucket,
            parseArn: parseArn,
            partition: partition.jB
        };
        customEndpointFunctions.m.aws = awsEndpointFunctions;
    }),
    3305: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            vL: () => getUserAgentPrefix,
            jB: () => partition
        });
        const partitions_partitionsInfo = {
            partitions: [ {
                id: "aws",
                outputs: {
                    dnsSuffix: "amazonaws.com",
                    dualStackDnsSuffix: "api.aws",
                    implicitGlobalRegion: "us-east-1",
                    name: "aws",
                    supportsDualStack: true,
                    supportsFIPS: true
                },
                regionRegex: "^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$",
                regions: {
                    "af-south-1": {
                        description: "Africa (Cape Town)"
                    },
                    "ap-east-1": {
                        description: "Asia Pacific (Hong Kong)"
                    },
                    "ap-east-2": {
                        description: "Asia Pacific (Taipei)"
                    },
                    "ap-northeast-1": {
                        description: "Asia Pacific (Tokyo)"
                    },
                    "ap-northeast-2": {
                        description: "Asia Pacific (Seoul)"
                    },
                    "ap-northeast-3": {
                        description: "Asia Pacific (Osaka)"
                    },
                    "ap-south-1": {
                        description: "Asia Pacific (Mumbai)"
                    },
                    "ap-south-2": {
                        description: "Asia Pacific (Hyderabad)"
                    },
                    "ap-southeast-1": {
                        description: "Asia Pacific (Singapore)"
                    },
                    "ap-southeast-2": {
                        description: "Asia Pacific (Sydney)"
                    },
                    "ap-southeast-3": {
                        description: "Asia Pacific (Jakarta)"
                    },
                    "ap-southeast-4": {
                        description: "Asia Pacific (Melbourne)"
                    },
                    "ap-southeast-5": {
                        description: "Asia Pacific (Malaysia)"
                    },
                    "ap-southeast-6": {
                        description: "Asia Pacific (New Zealand)"
                    },
                    "ap-southeast-7": {
                        description: "Asia Pacific (Thailand)"
                    },
                    "aws-global": {
                        description: "aws global region"
                    },
                    "ca-central-1": {
                        description: "Canada (Central)"
                    },
                    "ca-west-1": {
                        description: "Canada West (Calgary)"
                    },
                    "eu-central-1": {
                        description: "Europe (Frankfurt)"
                    },
                    "eu-central-2": {
                        description: "Europe (Zurich)"
                    },
                    "eu-north-1": {
                        description: "Europe (Stockholm)"
                    },
                    "eu-south-1": {
                        description: "Europe (Milan)"
                    },
                    "eu-south-2": {
                        description: "Europe (Spain)"
                    },
                    "eu-west-1": {
                        description: "Europe (Ireland)"
                    },
                    "eu-west-2": {
                        description: "Europe (London)"
                    },
                    "eu-west-3": {
                        description: "Europe (Paris)"
                    },
                    "il-central-1": {
                        description: "Israel (Tel Aviv)"
                    },
                    "me-central-1": {
                        description: "Middle East (UAE)"
                    },
                    "me-south-1": {
                        description: "Middle East (Bahrain)"
                    },
                    "me-west-1": {
                        description: "Middle East (Saudi Arabia)"
                    },
                    "mx-central-1": {
                        description: "Mexico (Central)"
                    },
                    "sa-east-1": {
                        description: "South America (Sao Paulo)"
                    },
                    "sa-west-1": {
                        description: "South America (Chile)"
                    },
                    "us-east-1": {
                        description: "US East (N. Virginia)"
                    },
                    "us-east-2": {
                        description: "US East (Ohio)"
                    },
                    "us-west-1": {
                        description: "US West (N. California)"
                    },
                    "us-west-2": {
                        description: "US West (Oregon)"
                    }
                }
            }, {
                id: "aws-cn",
                outputs: {
                    dnsSuffix: "amazonaws.com.cn",
                    dualStackDnsSuffix: "api.amazonwebservices.com.cn",
                    implicitGlobalRegion: "cn-northwest-1",
                    name: "aws-cn",
                    supportsDualStack: true,
                    supportsFIPS: true
                },
                regionRegex: "^cn\\-\\w+\\-\\d+$",
                regions: {
                    "aws-cn-global": {
                        description: "aws-cn global region"
                    },
                    "cn-north-1": {
                        description: "China (Beijing)"
                    },
                    "cn-northwest-1": {
                        description: "China (Ningxia)"
                    }
                }
            }, {
                id: "aws-eusc",
                outputs: {
                    dnsSuffix: "amazonaws.eu",
                    dualStackDnsSuffix: "api.amazonwebservices.eu",
                    implicitGlobalRegion: "eusc-de-east-1",
                    name: "aws-eusc",
                    supportsDualStack: true,
                    supportsFIPS: true
                },
                regionRegex: "^eusc\\-(de)\\-\\w+\\-\\d+$",
                regions: {
                    "eusc-de-east-1": {
                        description: "AWS European Sovereign Cloud (Germany)"
                    }
                }
            }, {
                id: "aws-iso",
                outputs: {
                    dnsSuffix: "c2s.ic.gov",
                    dualStackDnsSuffix: "api.aws.ic.gov",
                    implicitGlobalRegion: "us-iso-east-1",
                    name: "aws-iso",
                    supportsDualStack: true,
                    supportsFIPS: true
                },
                regionRegex: "^us\\-iso\\-\\w+\\-\\d+$",
                regions: {
                    "aws-iso-global": {
                        description: "aws-iso global region"
                    },
                    "us-iso-east-1": {
                        description: "US ISO East"
                    },
                    "us-iso-west-1": {
                        description: "US ISO WEST"
                    }
                }
            }, {
                id: "aws-iso-b",
                outputs: {
                    dnsSuffix: "sc2s.sgov.gov",
                    dualStackDnsSuffix: "api.aws.scloud",
                    implicitGlobalRegion: "us-isob-east-1",
                    name: "aws-iso-b",
                    supportsDualStack: true,
                    supportsFIPS: true
                },
                regionRegex: "^us\\-isob\\-\\w+\\-\\d+$",
                regions: {
                    "aws-iso-b-global": {
                        description: "aws-iso-b global region"
                    },
                    "us-isob-east-1": {
                        description: "US ISOB East (Ohio)"
                    },
                    "us-isob-west-1": {
                        description: "US ISOB West"
                    }
                }
            }, {
                id: "aws-iso-e",
                outputs: {
                    dnsSuffix: "cloud.adc-e.uk",
                    dualStackDnsSuffix: "api.cloud-aws.adc-e.uk",
                    implicitGlobalRegion: "eu-isoe-west-1",
                    name: "aws-iso-e",
                    supportsDualStack: true,
                    supportsFIPS: true
                },
                regionRegex: "^eu\\-isoe\\-\\w+\\-\\d+$",
                regions: {
                    "aws-iso-e-global": {
                        description: "aws-iso-e global region"
                    },
                    "eu-isoe-west-1": {
                        description: "EU ISOE West"
                    }
                }
            }, {
                id: "aws-iso-f",
                outputs: {
                    dnsSuffix: "csp.hci.ic.gov",
                    dualStackDnsSuffix: "api.aws.hci.ic.gov",
                    implicitGlobalRegion: "us-isof-south-1",
                    name: "aws-iso-f",
                    supportsDualStack: true,
                    supportsFIPS: true
                },
                regionRegex: "^us\\-isof\\-\\w+\\-\\d+$",
                regions: {
                    "aws-iso-f-global": {
                        description: "aws-iso-f global region"
                    },
                    "us-isof-east-1": {
                        description: "US ISOF EAST"
                    },
                    "us-isof-south-1": {
                        description: "US ISOF SOUTH"
                    }
                }
            }, {
                id: "aws-us-gov",
                outputs: {
                    dnsSuffix: "amazonaws.com",
                    dualStackDnsSuffix: "api.aws",
                    implicitGlobalRegion: "us-gov-west-1",
                    name: "aws-us-gov",
                    supportsDualStack: true,
                    supportsFIPS: true
                },
                regionRegex: "^us\\-gov\\-\\w+\\-\\d+$",
                regions: {
                    "aws-us-gov-global": {
                        description: "aws-us-gov global region"
                    },
                    "us-gov-east-1": {
                        description: "AWS GovCloud (US-East)"
                    },
                    "us-gov-west-1": {
                        description: "AWS GovCloud (US-West)"
                    }
                }
            } ],
            version: "1.1"
        };
        let selectedPartitionsInfo = partitions_partitionsInfo;
        let selectedUserAgentPrefix = "";
        const partition = value => {
            const {partitions: partitions} = selectedPartitionsInfo;
            for (const partition of partitions) {
                const {regions: regions, outputs: outputs} = partition;
                for (const [region, regionData] of Object.entries(regions)) if (region === value) return {
                    ...outputs,
                    ...regionData
                };
            }
            for (const partition of partitions) {
                const {regionRegex: regionRegex, outputs: outputs} = partition;
                if (new RegExp(regionRegex).test(value)) return {
                    ...outputs
                };
            }
            const DEFAULT_PARTITION = partitions.find(partition => partition.id === "aws");
            if (!DEFAULT_PARTITION) throw new Error("Provided region was not found in the partition array or regex," + " and default partition with id 'aws' doesn't exist.");
            return {
                ...DEFAULT_PARTITION.outputs
            };
        };
        const getUserAgentPrefix = () => selectedUserAgentPrefix;
    }),
    2217: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            pf: () => createDefaultUserAgentProvider
        });
        var external_node_os_ = __nccwpck_require__(8161);
        const external_node_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");
        const getRuntimeUserAgentPair = () => {
            const runtimesToCheck = [ "deno", "bun", "llrt" ];
            for (const runtime of runtimesToCheck) if (external_node_process_namespaceObject.versions[runtime]) return [ `md/${runtime}`, external_node_process_namespaceObject.versions[runtime] ];
            return [ "md/nodejs", external_node_process_namespaceObject.versions.node ];
        };
        const crtAvailability = {
            isCrtAvailable: false
        };
        const isCrtAvailable = () => {
            if (crtAvailability.isCrtAvailable) return [ "md/crt-avail" ];
            return null;
        };
        const createDefaultUserAgentProvider = ({serviceId: serviceId, clientVersion: clientVersion}) => {
            const runtimeUserAgentPair = getRuntimeUserAgentPair();
            return async config => {
                const sections = [ [ "aws-sdk-js", clientVersion ], [ "ua", "2.1" ], [ `os/${(0, 
                external_node_os_.platform)()}`, (0, external_node_os_.release)() ], [ "lang/js" ], runtimeUserAgentPair ];
                const crtAvailable = isCrtAvailable();
                if (crtAvailable) sections.push(crtAvailable);
                if (serviceId) sections.push([ `api/${serviceId}`, clientVersion ]);
                if (external_node_process_namespaceObject.env.AWS_EXECUTION_ENV) sections.push([ `exec-env/${external_node_process_namespaceObject.env.AWS_EXECUTION_ENV}` ]);
                const appId = await (config?.userAgentAppId?.());
                const resolvedUserAgent = appId ? [ ...sections, [ `app/${appId}` ] ] : [ ...sections ];
                return resolvedUserAgent;
            };
        };
    }),
    7652: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            hV: () => NODE_APP_ID_CONFIG_OPTIONS
        });
        var _middleware_user_agent_configurations__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(846);
        const UA_APP_ID_ENV_NAME = "AWS_SDK_UA_APP_ID";
        const UA_APP_ID_INI_NAME = "sdk_ua_app_id";
        const UA_APP_ID_INI_NAME_DEPRECATED = "sdk-ua-app-id";
        const NODE_APP_ID_CONFIG_OPTIONS = {
            environmentVariableSelector: env => env[UA_APP_ID_ENV_NAME],
            configFileSelector: profile => profile[UA_APP_ID_INI_NAME] ?? profile[UA_APP_ID_INI_NAME_DEPRECATED],
            default: _middleware_user_agent_configurations__WEBPACK_IMPORTED_MODULE_0__.b
        };
    }),
    2526: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            f2: () => AwsSdkSigV4Signer,
            pz: () => validateSigningProperties
        });
        var transport_httpRequest = __nccwpck_require__(9725);
        var middleware = __nccwpck_require__(7418);
        var getSkewCorrectedDate = __nccwpck_require__(3786);
        var httpResponse = __nccwpck_require__(5401);
        const getDateHeader = response => httpResponse.c.isInstance(response) ? response.headers?.date ?? response.headers?.Date : void 0;
        const getAgeHeader = response => httpResponse.c.isInstance(response) ? response.headers?.age ?? response.headers?.Age : void 0;
        const getUpdatedSystemClockOffset = (clockTime, currentSystemClockOffset, timeRequestSent, ageHeader) => {
            if (ageHeader !== void 0) return currentSystemClockOffset;
            const serverTime = Date.parse(clockTime);
            if (Number.isNaN(serverTime)) return currentSystemClockOffset;
            const timeResponseReceived = Date.now();
            if (timeRequestSent !== void 0 && timeResponseReceived - timeRequestSent > 9e5) return currentSystemClockOffset;
            return serverTime - timeResponseReceived;
        };
        const throwSigningPropertyError = (name, property) => {
            if (!property) throw new Error(`Property \`${name}\` is not resolved for AWS SDK SigV4Auth`);
            return property;
        };
        const hasEventStreamOutput = signingProperties => {
            const context = signingProperties.context;
            const eventStream = context?.[middleware.V]?.eventStream;
            return eventStream?.output === true;
        };
        const validateSigningProperties = async signingProperties => {
            const context = throwSigningPropertyError("context", signingProperties.context);
            const config = throwSigningPropertyError("config", signingProperties.config);
            const authScheme = context.endpointV2?.properties?.authSchemes?.[0];
            const signerFunction = throwSigningPropertyError("signer", config.signer);
            const signer = await signerFunction(authScheme);
            const signingRegion = signingProperties?.signingRegion;
            const signingRegionSet = signingProperties?.signingRegionSet;
            const signingName = signingProperties?.signingName;
            return {
                config: config,
                signer: signer,
                signingRegion: signingRegion,
                signingRegionSet: signingRegionSet,
                signingName: signingName
            };
        };
        class AwsSdkSigV4Signer {
            async sign(httpRequest, identity, signingProperties) {
                if (!transport_httpRequest.K.isInstance(httpRequest)) throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");
                const validatedProps = await validateSigningProperties(signingProperties);
                const {config: config, signer: signer} = validatedProps;
                let {signingRegion: signingRegion, signingName: signingName} = validatedProps;
                const handlerExecutionContext = signingProperties.context;
                if (handlerExecutionContext?.authSchemes?.length ?? 0 > 1) {
                    const [first, second] = handlerExecutionContext.authSchemes;
                    if (first?.name === "sigv4a" && second?.name === "sigv4") {
                        signingRegion = second?.signingRegion ?? signingRegion;
                        signingName = second?.signingName ?? signingName;
                    }
                }
                const noSkewCorrection = await (config.disableClockSkewCorrection?.()) === true;
                signingProperties._disableClockSkewCorrection = noSkewCorrection;
                const skipSkewSampling = noSkewCorrection || hasEventStreamOutput(signingProperties);
                signingProperties._skipClockSkewSampling = skipSkewSampling;
                if (!skipSkewSampling) {
                    signingProperties._preRequestSystemClockOffset = config.systemClockOffset;
                    signingProperties._requestSentAt = Date.now();
                }
                const signedRequest = await signer.sign(httpRequest, {
                    signingDate: noSkewCorrection ? new Date : (0, getSkewCorrectedDate.C)(config.systemClockOffset),
                    signingRegion: signingRegion,
                    signingService: signingName
                });
                return signedRequest;
            }
            errorHandler(signingProperties) {
                return error => {
                    const errorException = error;
                    if (!signingProperties._skipClockSkewSampling && !signingProperties._disableClockSkewCorrection) {
                        const serverTime = errorException.ServerTime ?? getDateHeader(errorException.$response);
                        if (serverTime) {
                            const config = throwSigningPropertyError("config", signingProperties.config);
                            const preRequestOffset = signingProperties._preRequestSystemClockOffset;
                            const timeRequestSent = signingProperties._requestSentAt;
                            const ageHeader = getAgeHeader(errorException.$response);
                            const newOffset = getUpdatedSystemClockOffset(serverTime, config.systemClockOffset, timeRequestSent, ageHeader);
                            config.systemClockOffset = newOffset;
                            const skewExceedsThreshold = Math.abs(newOffset) >= 24e4;
                            const isLocalCorrection = newOffset !== preRequestOffset;
                            const isConcurrentCorrection = preRequestOffset !== void 0 && preRequestOffset !== newOffset;
                            if (skewExceedsThreshold && (isLocalCorrection || isConcurrentCorrection) && errorException.$metadata) errorException.$metadata.clockSkewCorrected = true;
                        }
                    }
                    throw error;
                };
            }
            successHandler(httpResponse, signingProperties) {
                if (signingProperties._skipClockSkewSampling || signingProperties._disableClockSkewCorrection) return;
                const dateHeader = getDateHeader(httpResponse);
                if (dateHeader) {
                    const config = throwSigningPropertyError("config", signingProperties.config);
                    const timeRequestSent = signingProperties._requestSentAt;
                    const ageHeader = getAgeHeader(httpResponse);
                    config.systemClockOffset = getUpdatedSystemClockOffset(dateHeader, config.systemClockOffset, timeRequestSent, ageHeader);
                }
            }
        }
    }),
    2628: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            $: () => NODE_AUTH_SCHEME_PREFERENCE_OPTIONS
        });
        const getArrayForCommaSeparatedString = str => typeof str === "string" && str.length > 0 ? str.split(",").map(item => item.trim()) : [];
        const getBearerTokenEnvKey = signingName => `AWS_BEARER_TOKEN_${signingName.replace(/[\s-]/g, "_").toUpperCase()}`;
        const NODE_AUTH_SCHEME_PREFERENCE_ENV_KEY = "AWS_AUTH_SCHEME_PREFERENCE";
        const NODE_AUTH_SCHEME_PREFERENCE_CONFIG_KEY = "auth_scheme_preference";
        const NODE_AUTH_SCHEME_PREFERENCE_OPTIONS = {
            environmentVariableSelector: (env, options) => {
                if (options?.signingName) {
                    const bearerTokenKey = getBearerTokenEnvKey(options.signingName);
                    if (bearerTokenKey in env) return [ "httpBearerAuth" ];
                }
                if (!(NODE_AUTH_SCHEME_PREFERENCE_ENV_KEY in env)) return;
                return getArrayForCommaSeparatedString(env[NODE_AUTH_SCHEME_PREFERENCE_ENV_KEY]);
            },
            configFileSelector: profile => {
                if (!(NODE_AUTH_SCHEME_PREFERENCE_CONFIG_KEY in profile)) return;
                return getArrayForCommaSeparatedString(profile[NODE_AUTH_SCHEME_PREFERENCE_CONFIG_KEY]);
            },
            default: []
        };
    }),
    8181: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            ho: () => resolveAwsSdkSigV4Config
        });
        var setCredentialFeature = __nccwpck_require__(249);
        var normalizeProvider = __nccwpck_require__(3926);
        const createIsIdentityExpiredFunction = expirationMs => function(identity) {
            return doesIdentityRequireRefresh(identity) && identity.expiration.getTime() - Date.now() < expirationMs;
        };
        const EXPIRATION_MS = 3e5;
        const isIdentityExpired = createIsIdentityExpiredFunction(EXPIRATION_MS);
        const doesIdentityRequireRefresh = identity => identity.expiration !== void 0;
        const memoizeIdentityProvider = (provider, isExpired, requiresRefresh) => {
            if (provider === void 0) return;
            const normalizedProvider = typeof provider !== "function" ? async () => Promise.resolve(provider) : provider;
            let resolved;
            let pending;
            let hasResult;
            let isConstant = false;
            const coalesceProvider = async options => {
                if (!pending) pending = normalizedProvider(options);
                try {
                    resolved = await pending;
                    hasResult = true;
                    isConstant = false;
                } finally {
                    pending = void 0;
                }
                return resolved;
            };
            if (isExpired === void 0) return async options => {
                if (!hasResult || options?.forceRefresh) resolved = await coalesceProvider(options);
                return resolved;
            };
            return async options => {
                if (!hasResult || options?.forceRefresh) resolved = await coalesceProvider(options);
                if (isConstant) return resolved;
                if (!requiresRefresh(resolved)) {
                    isConstant = true;
                    return resolved;
                }
                if (isExpired(resolved)) {
                    await coalesceProvider(options);
                    return resolved;
                }
                return resolved;
            };
        };
        var SignatureV4 = __nccwpck_require__(7476);
        const bindResolveAwsSdkSigV4Config = defaultDisableClockSkewCorrection => config => {
            let inputCredentials = config.credentials;
            let isUserSupplied = !!config.credentials;
            let resolvedCredentials;
            Object.defineProperty(config, "credentials", {
                set(credentials) {
                    if (credentials && credentials !== inputCredentials && credentials !== resolvedCredentials) isUserSupplied = true;
                    inputCredentials = credentials;
                    const memoizedProvider = normalizeCredentialProvider(config, {
                        credentials: inputCredentials,
                        credentialDefaultProvider: config.credentialDefaultProvider
                    });
                    const boundProvider = bindCallerConfig(config, memoizedProvider);
                    if (isUserSupplied && !boundProvider.attributed) {
                        const isCredentialObject = typeof inputCredentials === "object" && inputCredentials !== null;
                        resolvedCredentials = async options => {
                            const creds = await boundProvider(options);
                            const attributedCreds = creds;
                            if (isCredentialObject && (!attributedCreds.$source || Object.keys(attributedCreds.$source).length === 0)) return (0, 
                            setCredentialFeature.g)(attributedCreds, "CREDENTIALS_CODE", "e");
                            return attributedCreds;
                        };
                        resolvedCredentials.memoized = boundProvider.memoized;
                        resolvedCredentials.configBound = boundProvider.configBound;
                        resolvedCredentials.attributed = true;
                    } else resolvedCredentials = boundProvider;
                },
                get() {
                    return resolvedCredentials;
                },
                enumerable: true,
                configurable: true
            });
            config.credentials = inputCredentials;
            const {signingEscapePath: signingEscapePath = true, systemClockOffset: systemClockOffset = config.systemClockOffset || 0, sha256: sha256} = config;
            let signer;
            if (config.signer) signer = (0, normalizeProvider.t)(config.signer); else if (config.regionInfoProvider) signer = () => (0, 
            normalizeProvider.t)(config.region)().then(async region => [ await config.regionInfoProvider(region, {
                useFipsEndpoint: await config.useFipsEndpoint(),
                useDualstackEndpoint: await config.useDualstackEndpoint()
            }) || {}, region ]).then(([regionInfo, region]) => {
                const {signingRegion: signingRegion, signingService: signingService} = regionInfo;
                config.signingRegion = config.signingRegion || signingRegion || region;
                config.signingName = config.signingName || signingService || config.serviceId;
                const params = {
                    ...config,
                    credentials: config.credentials,
                    region: config.signingRegion,
                    service: config.signingName,
                    sha256: sha256,
                    uriEscapePath: signingEscapePath
                };
                const SignerCtor = config.signerConstructor || SignatureV4.B;
                return new SignerCtor(params);
            }); else signer = async authScheme => {
                authScheme = Object.assign({}, {
                    name: "sigv4",
                    signingName: config.signingName || config.defaultSigningName,
                    signingRegion: await (0, normalizeProvider.t)(config.region)(),
                    properties: {}
                }, authScheme);
                const signingRegion = authScheme.signingRegion;
                const signingService = authScheme.signingName;
                config.signingRegion = config.signingRegion || signingRegion;
                config.signingName = config.signingName || signingService || config.serviceId;
                const params = {
                    ...config,
                    credentials: config.credentials,
                    region: config.signingRegion,
                    service: config.signingName,
                    sha256: sha256,
                    uriEscapePath: signingEscapePath
                };
                const SignerCtor = config.signerConstructor || SignatureV4.B;
                return new SignerCtor(params);
            };
            const resolvedConfig = Object.assign(config, {
                systemClockOffset: systemClockOffset,
                signingEscapePath: signingEscapePath,
                signer: signer,
                disableClockSkewCorrection: (0, normalizeProvider.t)(config.disableClockSkewCorrection ?? defaultDisableClockSkewCorrection)
            });
            return resolvedConfig;
        };
        function normalizeCredentialProvider(config, {credentials: credentials, credentialDefaultProvider: credentialDefaultProvider}) {
            let credentialsProvider;
            if (credentials) if (!credentials?.memoized) credentialsProvider = memoizeIdentityProvider(credentials, isIdentityExpired, doesIdentityRequireRefresh); else credentialsProvider = credentials; else if (credentialDefaultProvider) credentialsProvider = (0, 
            normalizeProvider.t)(credentialDefaultProvider(Object.assign({}, config, {
                parentClientConfig: config
            }))); else credentialsProvider = async () => {
                throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.");
            };
            credentialsProvider.memoized = true;
            return credentialsProvider;
        }
        function bindCallerConfig(config, credentialsProvider) {
            if (credentialsProvider.configBound) return credentialsProvider;
            const fn = async options => credentialsProvider({
                ...options,
                callerClientConfig: config
            });
            fn.memoized = credentialsProvider.memoized;
            fn.configBound = true;
            return fn;
        }
        var configLoader = __nccwpck_require__(3945);
        var booleanSelector = __nccwpck_require__(9498);
        var types = __nccwpck_require__(6402);
        const ENV_DISABLE_CLOCK_SKEW_CORRECTION = "AWS_DISABLE_CLOCK_SKEW_CORRECTION";
        const CONFIG_DISABLE_CLOCK_SKEW_CORRECTION = "disable_clock_skew_correction";
        const NODE_DISABLE_CLOCK_SKEW_CORRECTION_CONFIG_OPTIONS = {
            environmentVariableSelector: env => (0, booleanSelector.Q)(env, ENV_DISABLE_CLOCK_SKEW_CORRECTION, types.c.ENV),
            configFileSelector: profile => (0, booleanSelector.Q)(profile, CONFIG_DISABLE_CLOCK_SKEW_CORRECTION, types.c.CONFIG),
            default: false
        };
        const DEFAULT_DISABLE_CLOCK_SKEW_CORRECTION = (0, configLoader.Z)(NODE_DISABLE_CLOCK_SKEW_CORRECTION_CONFIG_OPTIONS);
        const resolveAwsSdkSigV4Config = bindResolveAwsSdkSigV4Config(DEFAULT_DISABLE_CLOCK_SKEW_CORRECTION);
    }),
    3786: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            C: () => getSkewCorrectedDate
        });
        const getSkewCorrectedDate = systemClockOffset => new Date(Date.now() + systemClockOffset);
    }),
    4017: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            U: () => ProtocolLib
        });
        var _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4667);
        var _smithy_core_schema__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5629);
        var _smithy_core_schema__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5125);
        class ProtocolLib {
            queryCompat;
            errorRegistry;
            constructor(queryCompat = false) {
                this.queryCompat = queryCompat;
            }
            resolveRestContentType(defaultContentType, inputSchema) {
                const members = inputSchema.getMemberSchemas();
                const httpPayloadMember = Object.values(members).find(m => !!m.getMergedTraits().httpPayload);
                if (httpPayloadMember) {
                    const mediaType = httpPayloadMember.getMergedTraits().mediaType;
                    if (mediaType) return mediaType; else if (httpPayloadMember.isStringSchema()) return "text/plain"; else if (httpPayloadMember.isBlobSchema()) return "application/octet-stream"; else return defaultContentType;
                } else if (!inputSchema.isUnitSchema()) {
                    const hasBody = Object.values(members).find(m => {
                        const {httpQuery: httpQuery, httpQueryParams: httpQueryParams, httpHeader: httpHeader, httpLabel: httpLabel, httpPrefixHeaders: httpPrefixHeaders} = m.getMergedTraits();
                        const noPrefixHeaders = httpPrefixHeaders === void 0;
                        return !httpQuery && !httpQueryParams && !httpHeader && !httpLabel && noPrefixHeaders;
                    });
                    if (hasBody) return defaultContentType;
                }
            }
            async getErrorSchemaOrThrowBaseException(errorIdentifier, defaultNamespace, response, dataObject, metadata, getErrorSchema) {
                let errorName = errorIdentifier;
                if (errorIdentifier.includes("#")) [, errorName] = errorIdentifier.split("#");
                const errorMetadata = {
                    $metadata: metadata,
                    $fault: response.statusCode < 500 ? "client" : "server"
                };
                if (!this.errorRegistry) throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
                try {
                    const errorSchema = getErrorSchema?.(this.errorRegistry, errorName) ?? this.errorRegistry.getSchema(errorIdentifier);
                    return {
                        errorSchema: errorSchema,
                        errorMetadata: errorMetadata
                    };
                } catch (e) {
                    dataObject.message = dataObject.message ?? dataObject.Message ?? "UnknownError";
                    const synthetic = this.errorRegistry;
                    const baseExceptionSchema = synthetic.getBaseException();
                    if (baseExceptionSchema) {
                        const ErrorCtor = synthetic.getErrorCtor(baseExceptionSchema) ?? Error;
                        throw this.decorateServiceException(Object.assign(new ErrorCtor({
                            name: errorName
                        }), errorMetadata), dataObject);
                    }
                    const d = dataObject;
                    const message = d?.message ?? d?.Message ?? d?.Error?.Message ?? d?.Error?.message;
                    throw this.decorateServiceException(Object.assign(new Error(message), {
                        name: errorName
                    }, errorMetadata), dataObject);
                }
            }
            compose(composite, errorIdentifier, defaultNamespace) {
                let namespace = defaultNamespace;
                if (errorIdentifier.includes("#")) [namespace] = errorIdentifier.split("#");
                const staticRegistry = _smithy_core_schema__WEBPACK_IMPORTED_MODULE_0__.O.for(namespace);
                const defaultSyntheticRegistry = _smithy_core_schema__WEBPACK_IMPORTED_MODULE_0__.O.for("smithy.ts.sdk.synthetic." + defaultNamespace);
                composite.copyFrom(staticRegistry);
                composite.copyFrom(defaultSyntheticRegistry);
                this.errorRegistry = composite;
            }
            decorateServiceException(exception, additions = {}) {
                if (this.queryCompat) {
                    const msg = exception.Message ?? additions.Message;
                    const error = (0, _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.M)(exception, additions);
                    if (msg) error.message = msg;
                    const errorObj = error.Error ?? {};
                    errorObj.Type = error.Error?.Type;
                    errorObj.Code = error.Error?.Code;
                    errorObj.Message = error.Error?.message ?? error.Error?.Message ?? msg;
                    error.Error = errorObj;
                    const reqId = error.$metadata.requestId;
                    if (reqId) error.RequestId = reqId;
                    return error;
                }
                return (0, _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.M)(exception, additions);
            }
            setQueryCompatError(output, response) {
                const queryErrorHeader = response.headers?.["x-amzn-query-error"];
                if (output !== void 0 && queryErrorHeader != null) {
                    const [Code, Type] = queryErrorHeader.split(";");
                    const keys = Object.keys(output);
                    const Error = {
                        Code: Code,
                        Type: Type
                    };
                    output.Code = Code;
                    output.Type = Type;
                    for (let i = 0; i < keys.length; i++) {
                        const k = keys[i];
                        Error[k === "message" ? "Message" : k] = output[k];
                    }
                    delete Error.__type;
                    output.Error = Error;
                }
            }
            queryCompatOutput(queryCompatErrorData, errorData) {
                if (queryCompatErrorData.Error) errorData.Error = queryCompatErrorData.Error;
                if (queryCompatErrorData.Type) errorData.Type = queryCompatErrorData.Type;
                if (queryCompatErrorData.Code) errorData.Code = queryCompatErrorData.Code;
            }
            findQueryCompatibleError(registry, errorName) {
                try {
                    return registry.getSchema(errorName);
                } catch (e) {
                    return registry.find(schema => _smithy_core_schema__WEBPACK_IMPORTED_MODULE_2__.l1.of(schema).getMergedTraits().awsQueryError?.[0] === errorName);
                }
            }
        }
    }),
    4728: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            Y: () => AwsRestJsonProtocol
        });
        var HttpBindingProtocol = __nccwpck_require__(5676);
        class SerdeContextConfig {
            serdeContext;
            setSerdeContext(serdeContext) {
                this.serdeContext = serdeContext;
            }
        }
        var determineTimestampFormat = __nccwpck_require__(3888);
        var NormalizedSchema = __nccwpck_require__(5125);
        var writeKey = __nccwpck_require__(412);
        var fromBase64 = __nccwpck_require__(9700);
        var lazy_json = __nccwpck_require__(1899);
        var date_utils = __nccwpck_require__(5393);
        var NumericValue = __nccwpck_require__(7004);
        class UnionSerde {
            from;
            to;
            keys;
            constructor(from, to) {
                this.from = from;
                this.to = to;
                const keys = Object.keys(this.from);
                const set = new Set(keys);
                set.delete("__type");
                this.keys = set;
            }
            mark(key) {
                this.keys.delete(key);
            }
            hasUnknown() {
                return this.keys.size === 1 && Object.keys(this.to).length === 0;
            }
            writeUnknown() {
                if (this.hasUnknown()) {
                    const k = this.keys.values().next().value;
                    const v = this.from[k];
                    this.to.$unknown = [ k, v ];
                }
            }
        }
        let canParseBuffer;
        function detectBufferParsing() {
            if (canParseBuffer === void 0) try {
                if (typeof Buffer !== "function") canParseBuffer = false; else {
                    const result = JSON.parse(Buffer.from([ 123, 125 ]));
                    canParseBuffer = result !== null && typeof result === "object";
                }
            } catch {
                canParseBuffer = false;
            }
            return canParseBuffer;
        }
        function jsonReviver(key, value, context) {
            if (context?.source) {
                const numericString = context.source;
                if (typeof value === "number") {
                    const inSafeRange = value <= Number.MAX_SAFE_INTEGER && value >= Number.MIN_SAFE_INTEGER;
                    if (inSafeRange) {
                        if (isRepresentable(numericString, value)) return value;
                        return new NumericValue.D(numericString, "bigDecimal");
                    } else {
                        if (isFractionalBigNumeric(numericString)) return new NumericValue.D(numericString, "bigDecimal");
                        if (/[eE]/.test(numericString)) return expandExponentToBigInt(numericString);
                        return BigInt(numericString);
                    }
                }
            }
            return value;
        }
        function isFractionalBigNumeric(s) {
            const dotIndex = s.indexOf(".");
            if (dotIndex === -1) return false;
            const eIndex = s.search(/[eE]/);
            if (eIndex === -1) return true;
            const fracDigits = eIndex - dotIndex - 1;
            const exp = parseInt(s.slice(eIndex + 1), 10);
            return exp < fracDigits;
        }
        function isRepresentable(numericString, value) {
            if (numericString === String(value)) return true;
            if (Object.is(value, -0)) return true;
            if (/[eE]/.test(numericString)) return expandToDecimal(numericString) === expandToDecimal(String(value));
            const normalized = numericString.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
            const canonical = String(value);
            if (normalized === canonical) return true;
            if (/[eE]/.test(canonical)) return normalized === expandToDecimal(canonical);
            return false;
        }
        function expandToDecimal(s) {
            const negative = s.startsWith("-");
            const abs = negative ? s.slice(1) : s;
            const eIndex = abs.search(/[eE]/);
            let result;
            if (eIndex === -1) result = abs; else {
                const exp = parseInt(abs.slice(eIndex + 1), 10);
                const mantissa = abs.slice(0, eIndex);
                const dotIndex = mantissa.indexOf(".");
                let digits;
                let intLen;
                if (dotIndex === -1) {
                    digits = mantissa;
                    intLen = mantissa.length;
                } else {
                    digits = mantissa.slice(0, dotIndex) + mantissa.slice(dotIndex + 1);
                    intLen = dotIndex;
                }
                digits = digits.replace(/0+$/, "") || "0";
                const newDotPos = intLen + exp;
                if (digits === "0") result = "0"; else if (newDotPos <= 0) result = "0." + "0".repeat(-newDotPos) + digits; else if (newDotPos >= digits.length) result = digits + "0".repeat(newDotPos - digits.length); else result = digits.slice(0, newDotPos) + "." + digits.slice(newDotPos);
            }
            if (result.includes(".")) result = result.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
            return (negative ? "-" : "") + result;
        }
        function expandExponentToBigInt(s) {
            const eIndex = s.search(/[eE]/);
            const exp = parseInt(s.slice(eIndex + 1), 10);
            const negative = s.startsWith("-");
            const mantissa = s.slice(negative ? 1 : 0, eIndex);
            const dotIndex = mantissa.indexOf(".");
            let digits;
            let shift;
            if (dotIndex === -1) {
                digits = mantissa;
                shift = exp;
            } else {
                digits = mantissa.slice(0, dotIndex) + mantissa.slice(dotIndex + 1);
                const fracDigits = mantissa.length - dotIndex - 1;
                shift = exp - fracDigits;
            }
            digits = digits.replace(/0+$/, "") || "0";
            const result = BigInt(digits) * 10n ** BigInt(shift + (mantissa.replace(".", "").length - digits.length));
            return negative ? -result : result;
        }
        const REVIVER_SYMBOL = Symbol.for("@aws-sdk/reviver");
        function needsReviver(schema) {
            const ns = NormalizedSchema.l1.of(schema);
            const raw = ns.getSchema();
            if (Array.isArray(raw) && ns.isStructSchema()) {
                if (REVIVER_SYMBOL in raw) return raw[REVIVER_SYMBOL];
                const result = _check(ns, new Set);
                raw[REVIVER_SYMBOL] = result;
                return result;
            }
            return _check(ns, new Set);
        }
        function _check(ns, seen) {
            const raw = ns.getSchema();
            if (seen.has(raw)) return false;
            seen.add(raw);
            if (ns.isBigIntegerSchema() || ns.isBigDecimalSchema()) return true;
            if (ns.isStructSchema()) {
                for (const [, memberSchema] of ns.structIterator()) if (_check(memberSchema, seen)) return true;
            } else if (ns.isListSchema() || ns.isMapSchema()) {
                if (_check(ns.getValueSchema(), seen)) return true;
            } else if (ns.isDocumentSchema()) return true;
            return false;
        }
        var collect_stream_body = __nccwpck_require__(9620);
        var toUtf8 = __nccwpck_require__(9809);
        const collectBodyString = (streamBody, context) => (0, collect_stream_body.P)(streamBody, context).then(body => (context?.utf8Encoder ?? toUtf8.P)(body));
        async function parseJsonBody(streamBody, context, schema) {
            let parsingInput;
            if (detectBufferParsing() && typeof streamBody?.[Symbol.asyncIterator] === "function") {
                const buffer = await (0, collect_stream_body.P)(streamBody, context);
                if (typeof Buffer === "function") if (Buffer.isBuffer(buffer)) parsingInput = buffer; else parsingInput = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
            }
            if (!parsingInput) parsingInput = await collectBodyString(streamBody, context);
            if (parsingInput.length === 0) return {};
            const reviver = schema && needsReviver(schema) ? jsonReviver : void 0;
            try {
                return JSON.parse(parsingInput, reviver);
            } catch (e) {
                if (e?.name === "SyntaxError") Object.defineProperty(e, "$responseBodyText", {
                    value: typeof parsingInput === "string" ? parsingInput : parsingInput.toString("utf8")
                });
                throw e;
            }
        }
        const findKey = (object, key) => Object.keys(object).find(k => k.toLowerCase() === key.toLowerCase());
        const sanitizeErrorCode = rawValue => {
            let cleanValue = rawValue;
            if (typeof cleanValue === "number") cleanValue = cleanValue.toString();
            if (cleanValue.indexOf(",") >= 0) cleanValue = cleanValue.split(",")[0];
            if (cleanValue.indexOf(":") >= 0) cleanValue = cleanValue.split(":")[0];
            if (cleanValue.indexOf("#") >= 0) cleanValue = cleanValue.split("#")[1];
            return cleanValue;
        };
        const loadRestJsonErrorCode = (output, data) => loadErrorCode(output, data, [ "header", "code", "type" ]);
        const loadErrorCode = ({headers: headers}, data, order) => {
            while (order.length > 0) {
                const location = order.shift();
                switch (location) {
                  case "header":
                    const headerKey = findKey(headers ?? {}, "x-amzn-errortype");
                    if (headerKey !== void 0) return sanitizeErrorCode(headers[headerKey]);
                    break;

                  case "code":
                    const codeKey = findKey(data ?? {}, "code");
                    if (codeKey && data[codeKey] !== void 0) return sanitizeErrorCode(data[codeKey]);
                    break;

                  case "type":
                    if (data?.__type !== void 0) return sanitizeErrorCode(data.__type);
                    break;
                }
            }
        };
        var hasOwn = __nccwpck_require__(2990);
        class JsonShapeDeserializer2 extends SerdeContextConfig {
            settings;
            constructor(settings) {
                super();
                this.settings = settings;
            }
            async read(schema, data) {
                const reviver = needsReviver(schema) ? jsonReviver : void 0;
                let parsed;
                if (typeof data === "string") {
                    if (data.length === 0) return {};
                    parsed = JSON.parse(data, reviver);
                } else if (data instanceof Uint8Array && detectBufferParsing()) {
                    if (data.byteLength === 0) return {};
                    const buf = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
                    parsed = JSON.parse(buf, reviver);
                } else parsed = await parseJsonBody(data, this.serdeContext, schema);
                return this._read(schema, parsed);
            }
            readObject(schema, data) {
                return this._read(schema, data);
            }
            _read(schema, value) {
                const isObject = value !== null && typeof value === "object";
                const ns = NormalizedSchema.l1.of(schema);
                if (isObject) {
                    if (ns.isStructSchema()) return this._readStruct(ns, value);
                    if (Array.isArray(value) && ns.isListSchema()) {
                        const listMember = ns.getValueSchema();
                        if (this.needsTransform(listMember)) for (let i = 0; i < value.length; ++i) value[i] = this._read(listMember, value[i]);
                        return value;
                    }
                    if (ns.isMapSchema()) {
                        const mapMember = ns.getValueSchema();
                        const map = value;
                        if (this.needsTransform(mapMember)) for (const k in map) {
                            if (!(0, hasOwn.$)(map, k)) continue;
                            if (k === "__proto__") (0, writeKey.T)(map);
                            map[k] = this._read(mapMember, map[k]);
                        }
                        return map;
                    }
                }
                if (ns.isBlobSchema() && typeof value === "string") return (0, fromBase64.E)(value);
                const mediaType = ns.getMergedTraits().mediaType;
                if (ns.isStringSchema() && typeof value === "string" && mediaType) {
                    const isJson = mediaType === "application/json" || mediaType.endsWith("+json");
                    if (isJson) return lazy_json.A.from(value);
                    return value;
                }
                if (ns.isTimestampSchema() && value != null) {
                    const format = (0, determineTimestampFormat.V)(ns, this.settings);
                    switch (format) {
                      case 5:
                        return (0, date_utils.t_)(value);

                      case 6:
                        return (0, date_utils.xE)(value);

                      case 7:
                        return (0, date_utils.l3)(value);

                      default:
                        console.warn("Missing timestamp format, parsing value with Date constructor:", value);
                        return new Date(value);
                    }
                }
                if (ns.isBigIntegerSchema() && (typeof value === "number" || typeof value === "string")) return BigInt(value);
                if (ns.isBigDecimalSchema() && value != void 0) {
                    if (value instanceof NumericValue.D) return value;
                    const untyped = value;
                    if (untyped.type === "bigDecimal" && "string" in untyped) return new NumericValue.D(untyped.string, untyped.type);
                    return new NumericValue.D(String(value), "bigDecimal");
                }
                if (ns.isNumericSchema() && typeof value === "string") {
                    switch (value) {
                      case "Infinity":
                        return 1 / 0;

                      case "-Infinity":
                        return -1 / 0;

                      case "NaN":
                        return NaN;
                    }
                    return value;
                }
                if (ns.isDocumentSchema()) if (isObject) if (Array.isArray(value)) for (let i = 0; i < value.length; ++i) {
                    const v = value[i];
                    if (!(v instanceof NumericValue.D)) value[i] = this._read(ns, v);
                } else {
                    const doc = value;
                    for (const k in doc) {
                        if (!(0, hasOwn.$)(doc, k)) continue;
                        if (k === "__proto__") (0, writeKey.T)(doc);
                        const v = doc[k];
                        if (!(v instanceof NumericValue.D)) doc[k] = this._read(ns, v);
                    }
                }
                return value;
            }
            _readStruct(ns, record) {
                const union = ns.isUnionSchema();
                const out = {};
                let nameMap;
                const hasType = typeof record.__type === "string";
                const {jsonName: jsonName} = this.settings;
                if (jsonName && hasType) nameMap = {};
                let unionSerde;
                if (union) unionSerde = new UnionSerde(record, out);
                for (const [memberName, memberSchema] of ns.structIterator()) {
                    let fromKey = memberName;
                    if (jsonName) {
                        fromKey = memberSchema.getMergedTraits().jsonName ?? fromKey;
                        if (hasType) nameMap[fromKey] = memberName;
                    }
                    if (union) unionSerde.mark(fromKey);
                    if (record[fromKey] != null) out[memberName] = this._read(memberSchema, record[fromKey]);
                }
                if (union) unionSerde.writeUnknown(); else if (hasType) for (const k in record) {
                    if (!(0, hasOwn.$)(record, k)) continue;
                    const v = record[k];
                    const t = jsonName ? nameMap[k] ?? k : k;
                    if (!(t in out)) out[t] = v;
                }
                return out;
            }
            needsTransform(ns) {
                if (ns.isBlobSchema() || ns.isTimestampSchema() || ns.isBigIntegerSchema() || ns.isBigDecimalSchema() || ns.isNumericSchema()) return true;
                if (ns.isDocumentSchema() || ns.isStructSchema() || ns.isListSchema() || ns.isMapSchema()) return true;
                if (ns.isStringSchema() && ns.getMergedTraits().mediaType) return true;
                return false;
            }
        }
        var serde = __nccwpck_require__(7297);
        var toBase64 = __nccwpck_require__(7305);
        class JsonBytesStringAdapter extends Uint8Array {
            string=null;
            static allocUnsafe(bytes) {
                if (typeof Buffer === "function") {
                    const buffer = Buffer.allocUnsafe(bytes);
                    return new JsonBytesStringAdapter(buffer.buffer, buffer.byteOffset, buffer.byteLength);
                }
                return new JsonBytesStringAdapter(bytes);
            }
            toString() {
                return this.s();
            }
            valueOf() {
                return this.s();
            }
            includes(searchString, position) {
                if (typeof searchString === "string") return this.s().includes(searchString, position);
                return Uint8Array.prototype.includes.call(this, searchString, position);
            }
            indexOf(searchString, position) {
                if (typeof searchString === "string") return this.s().indexOf(searchString, position);
                return Uint8Array.prototype.indexOf.call(this, searchString, position);
            }
            lastIndexOf(searchString, position) {
                if (typeof searchString === "string") return this.s().lastIndexOf(searchString, position);
                const fn = Uint8Array.prototype.lastIndexOf;
                if (position !== void 0) return fn.call(this, searchString, position);
                return fn.call(this, searchString);
            }
            startsWith(searchString, position) {
                return this.s().startsWith(searchString, position);
            }
            endsWith(searchString, endPosition) {
                return this.s().endsWith(searchString, endPosition);
            }
            match(regexp) {
                return this.s().match(regexp);
            }
            replace(searchValue, replaceValue) {
                return this.s().replace(searchValue, replaceValue);
            }
            search(regexp) {
                return this.s().search(regexp);
            }
            split(separator, limit) {
                return this.s().split(separator, limit);
            }
            substring(start, end) {
                return this.s().substring(start, end);
            }
            trim() {
                return this.s().trim();
            }
            trimStart() {
                return this.s().trimStart();
            }
            trimEnd() {
                return this.s().trimEnd();
            }
            charAt(pos) {
                return this.s().charAt(pos);
            }
            charCodeAt(index) {
                return this.s().charCodeAt(index);
            }
            padStart(maxLength, fillString) {
                return this.s().padStart(maxLength, fillString);
            }
            padEnd(maxLength, fillString) {
                return this.s().padEnd(maxLength, fillString);
            }
            repeat(count) {
                return this.s().repeat(count);
            }
            toUpperCase() {
                return this.s().toUpperCase();
            }
            toLowerCase() {
                return this.s().toLowerCase();
            }
            s() {
                if (this.string == null) {
                    const n = Date.now();
                    if (n > warned + 6e4) {
                        console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string method on a Uint8Array request body. " + "It has been automatically converted to string. In a future version this will throw an error.");
                        warned = n;
                    }
                    this.string = (0, toUtf8.P)(this);
                }
                return this.string;
            }
        }
        var warned = 0;
        const encoder = new TextEncoder;
        const OPEN_BRACE = 123;
        const CLOSE_BRACE = 125;
        const OPEN_BRACKET = 91;
        const CLOSE_BRACKET = 93;
        const QUOTE = 34;
        const COLON = 58;
        const COMMA = 44;
        const BACKSLASH = 92;
        const TRUE = new Uint8Array([ 116, 114, 117, 101 ]);
        const FALSE = new Uint8Array([ 102, 97, 108, 115, 101 ]);
        const NULL = new Uint8Array([ 110, 117, 108, 108 ]);
        const ESCAPE_TABLE = new Array(128).fill(null);
        ESCAPE_TABLE[8] = "b";
        ESCAPE_TABLE[9] = "t";
        ESCAPE_TABLE[10] = "n";
        ESCAPE_TABLE[12] = "f";
        ESCAPE_TABLE[13] = "r";
        ESCAPE_TABLE[34] = '"';
        ESCAPE_TABLE[92] = "\\";
        for (let i = 0; i < 32; i++) if (ESCAPE_TABLE[i] === null) ESCAPE_TABLE[i] = "u00" + i.toString(16).padStart(2, "0");
        const INITIAL_BUFFER_SIZE = 2048;
        function alloc(size) {
            return JsonBytesStringAdapter.allocUnsafe(size);
        }
        class JsonShapeSerializer2 extends SerdeContextConfig {
            settings;
            json;
            i=0;
            rootSchema;
            rawValue;
            passthrough=false;
            constructor(settings) {
                super();
                this.settings = settings;
                this.json = alloc(INITIAL_BUFFER_SIZE);
            }
            write(schema, value) {
                this.i = 0;
                this.rawValue = value;
                this.rootSchema = NormalizedSchema.l1.of(schema);
                this.passthrough = this.rootSchema.isBlobSchema() || this.rootSchema.isStringSchema();
                if (!this.passthrough) this.writeValue(this.rootSchema, value, void 0);
            }
            writeDiscriminatedDocument(schema, value) {
                this.i = 0;
                this.rootSchema = NormalizedSchema.l1.of(schema);
                const ns = this.rootSchema;
                if (ns.isStructSchema() && value != null && typeof value === "object") {
                    this.writeValue(ns, value, void 0);
                    const prefix = `"__type":"${ns.getName(true) ?? "Unknown"}",`;
                    const z = prefix.length;
                    this.ensure(z);
                    this.json.copyWithin(1 + z, 1, this.i);
                    encoder.encodeInto(prefix, this.json.subarray(1));
                    this.i += z;
                } else this.writeValue(ns, value, void 0);
            }
            flush() {
                this.rootSchema = void 0;
                const finalPosition = this.i;
                this.i = 0;
                const raw = this.rawValue;
                this.rawValue = void 0;
                if (finalPosition === 0) return raw;
                const result = this.json.subarray(0, finalPosition);
                this.json = alloc(INITIAL_BUFFER_SIZE);
                return result;
            }
            ensure(byteCount) {
                const {i: i, json: json} = this;
                if (i + byteCount > json.length) {
                    let newSize = json.length * 2;
                    while (newSize < i + byteCount) newSize *= 2;
                    const next = alloc(newSize);
                    next.set(this.json);
                    this.json = next;
                }
            }
            writeAscii(s) {
                const z = s.length;
                this.ensure(z);
                let {i: i, json: json} = this;
                for (let j = 0; j < z; ++j) {
                    json[i] = s.charCodeAt(j);
                    i += 1;
                }
                this.i = i;
            }
            writeAsciiQuoted(s) {
                const z = s.length;
                this.ensure(z + 4);
                let {json: json, i: i} = this;
                json[i++] = QUOTE;
                for (let j = 0; j < z; ++j) json[i++] = s.charCodeAt(j);
                json[i++] = QUOTE;
                this.i = i;
            }
            writeJsonString(s) {
                const z = s.length;
                this.ensure(z * 3 + 2);
                this.json[this.i++] = QUOTE;
                for (let j = 0; j < z; ++j) {
                    const c = s.charCodeAt(j);
                    if (c > 34 && c < 92) this.json[this.i++] = c; else if (c < 128) {
                        const esc = ESCAPE_TABLE[c];
                        if (esc !== null) {
                            this.ensure(esc.length + 1 + (z - j - 1) * 3 + 1);
                            this.json[this.i++] = BACKSLASH;
                            for (let k = 0; k < esc.length; k++) this.json[this.i++] = esc.charCodeAt(k);
                        } else this.json[this.i++] = c;
                    } else if (c >= 55296 && c <= 56319) {
                        const next = j + 1 < z ? s.charCodeAt(j + 1) : 0;
                        if (next >= 56320 && next <= 57343) {
                            this.ensure(4);
                            const {written: written} = encoder.encodeInto(s.substring(j, j + 2), this.json.subarray(this.i));
                            this.i += written;
                            ++j;
                        } else {
                            this.ensure(6 + (z - j - 1) * 3 + 1);
                            this.writeUnicodeEscape(c);
                        }
                    } else if (c >= 56320 && c <= 57343) {
                        this.ensure(6 + (z - j - 1) * 3 + 1);
                        this.writeUnicodeEscape(c);
                    } else {
                        let {i: i, json: json} = this;
                        if (c < 2048) {
                            json[i++] = 192 | c >> 6;
                            json[i++] = 128 | c & 63;
                        } else {
                            json[i++] = 224 | c >> 12;
                            json[i++] = 128 | c >> 6 & 63;
                            json[i++] = 128 | c & 63;
                        }
                        this.i = i;
                    }
                }
                this.json[this.i++] = QUOTE;
            }
            writeUnicodeEscape(code) {
                let {json: json, i: i} = this;
                json[i++] = BACKSLASH;
                json[i++] = 117;
                const hex = code.toString(16).padStart(4, "0");
                for (let j = 0; j < 4; ++j) json[i++] = hex.charCodeAt(j);
                this.i = i;
            }
            static B64=(() => {
                const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
                const table = new Uint8Array(64);
                for (let i = 0; i < 64; ++i) table[i] = chars.charCodeAt(i);
                return table;
            })();
            writeBase64(data) {
                const b64Len = Math.ceil(data.length / 3) * 4;
                this.ensure(b64Len + 2);
                const json = this.json;
                const B64 = JsonShapeSerializer2.B64;
                let i = this.i;
                json[i++] = QUOTE;
                const len = data.length;
                const remainder = len % 3;
                const mainLen = len - remainder;
                for (let j = 0; j < mainLen; j += 3) {
                    const a = data[j];
                    const b = data[j + 1];
                    const c = data[j + 2];
                    json[i++] = B64[a >> 2];
                    json[i++] = B64[(a & 3) << 4 | b >> 4];
                    json[i++] = B64[(b & 15) << 2 | c >> 6];
                    json[i++] = B64[c & 63];
                }
                if (remainder === 2) {
                    const a = data[mainLen];
                    const b = data[mainLen + 1];
                    json[i++] = B64[a >> 2];
                    json[i++] = B64[(a & 3) << 4 | b >> 4];
                    json[i++] = B64[(b & 15) << 2];
                    json[i++] = 61;
                } else if (remainder === 1) {
                    const a = data[mainLen];
                    json[i++] = B64[a >> 2];
                    json[i++] = B64[(a & 3) << 4];
                    json[i++] = 61;
                    json[i++] = 61;
                }
                json[i++] = QUOTE;
                this.i = i;
            }
            writeValue(schema, value, container) {
                if (value == null) {
                    if (container?.isStructSchema()) {
                        if (value === void 0) {
                            const ns = NormalizedSchema.l1.of(schema);
                            if (ns.isIdempotencyToken()) {
                                this.writeAsciiQuoted((0, serde.ec)());
                                return;
                            }
                        }
                        return;
                    }
                    this.ensure(4);
                    this.json.set(NULL, this.i);
                    this.i += 4;
                    return;
                }
                const ns = NormalizedSchema.l1.of(schema);
                const isObject = typeof value === "object";
                if (ns.isStringSchema()) {
                    const mediaType = ns.getMergedTraits().mediaType;
                    if (mediaType) {
                        const isJson = mediaType === "application/json" || mediaType.endsWith("+json");
                        if (isJson) {
                            this.writeJsonString(lazy_json.A.from(value).toString());
                            return;
                        }
                    }
                }
                if (this.settings.bigNumberAsString && value != null && (ns.isBigIntegerSchema() || ns.isBigDecimalSchema())) {
                    const asString = value instanceof NumericValue.D ? value.string : String(value);
                    this.writeAsciiQuoted(asString);
                    return;
                }
                if (isObject) {
                    if (ns.isStructSchema()) {
                        this.writeStruct(ns, value);
                        return;
                    }
                    if (Array.isArray(value) && (ns.isListSchema() || ns.isDocumentSchema())) {
                        this.writeList(ns, value, ns.isDocumentSchema());
                        return;
                    }
                    if (ns.isMapSchema()) {
                        this.writeMap(ns, value, false);
                        return;
                    }
                    if (value instanceof Uint8Array && (ns.isBlobSchema() || ns.isDocumentSchema())) {
                        this.writeBase64(value);
                        return;
                    }
                    if (value instanceof Date && (ns.isTimestampSchema() || ns.isDocumentSchema())) {
                        this.writeTimestamp(ns, value);
                        return;
                    }
                    if (value instanceof NumericValue.D) {
                        this.writeAscii(value.string);
                        return;
                    }
                    if (ns.isDocumentSchema()) {
                        if (Array.isArray(value)) this.writeList(ns, value, true); else this.writeMap(ns, value, true);
                        return;
                    }
                    const json = JSON.stringify(value);
                    this.writeAscii(json);
                    return;
                }
                if (typeof value === "string") {
                    if (ns.isBlobSchema()) {
                        const b64 = (this.serdeContext?.base64Encoder ?? toBase64.n)(value);
                        this.writeAsciiQuoted(b64);
                        return;
                    }
                    this.writeJsonString(value);
                    return;
                }
                if (typeof value === "number") {
                    if (Math.abs(value) === 1 / 0 || Number.isNaN(value)) {
                        this.writeAsciiQuoted(String(value));
                        return;
                    }
                    const numStr = String(value);
                    this.writeAscii(numStr);
                    return;
                }
                if (typeof value === "boolean") {
                    this.ensure(5);
                    let {i: i, json: json} = this;
                    if (value) {
                        json.set(TRUE, i);
                        i += 4;
                    } else {
                        json.set(FALSE, i);
                        i += 5;
                    }
                    this.i = i;
                    return;
                }
                if (typeof value === "bigint") {
                    this.writeAscii(value.toString());
                    return;
                }
                this.writeAscii(String(value));
            }
            writeStruct(ns, value) {
                this.ensure(2);
                this.json[this.i++] = OPEN_BRACE;
                let wroteAny = false;
                const hasType = typeof value.__type === "string";
                let writtenKeys;
                if (hasType) writtenKeys = new Set;
                for (const [memberName, memberSchema] of ns.structIterator()) {
                    const item = value[memberName];
                    if (item == null && !memberSchema.isIdempotencyToken()) continue;
                    if (wroteAny) {
                        this.ensure(1);
                        this.json[this.i++] = COMMA;
                    }
                    wroteAny = true;
                    const targetKey = this.settings.jsonName ? memberSchema.getMergedTraits().jsonName ?? memberName : memberName;
                    if (writtenKeys) {
                        writtenKeys.add(memberName);
                        writtenKeys.add(targetKey);
                    }
                    this.writeAsciiQuoted(targetKey);
                    this.json[this.i++] = COLON;
                    this.writeValue(memberSchema, item, ns);
                }
                if (!wroteAny && ns.isUnionSchema()) {
                    const {$unknown: $unknown} = value;
                    if (Array.isArray($unknown)) {
                        const [k, v] = $unknown;
                        this.writeAsciiQuoted(k);
                        this.ensure(1);
                        this.json[this.i++] = COLON;
                        this.writeValue(15, v, ns);
                    }
                } else if (hasType) for (const k in value) {
                    if (writtenKeys.has(k)) continue;
                    writtenKeys.add(k);
                    const v = value[k];
                    if (wroteAny) {
                        this.ensure(1);
                        this.json[this.i++] = COMMA;
                    }
                    wroteAny = true;
                    this.writeAsciiQuoted(k);
                    this.ensure(1);
                    this.json[this.i++] = COLON;
                    this.writeValue(15, v, void 0);
                }
                this.ensure(1);
                this.json[this.i++] = CLOSE_BRACE;
            }
            writeList(ns, value, isDocument) {
                const sparse = !!ns.getMergedTraits().sparse;
                const valueSchema = ns.getValueSchema();
                if (!isDocument) if (valueSchema.isStringSchema() || valueSchema.isNumericSchema() || valueSchema.isBooleanSchema()) {
                    let hasSpecials = false;
                    for (let i = 0; i < value.length; ++i) {
                        const v = value[i];
                        if (Number.isNaN(v) || v === 1 / 0 || v === -1 / 0 || v == null && !sparse) {
                            hasSpecials = true;
                            break;
                        }
                    }
                    let json;
                    if (!hasSpecials) json = JSON.stringify(value); else {
                        const out = [];
                        for (let i = 0; i < value.length; ++i) {
                            const v = value[i];
                            if (v == null && !sparse) continue;
                            if (Number.isNaN(v) || v === 1 / 0 || v === -1 / 0) out.push(String(v)); else out.push(v);
                        }
                        json = JSON.stringify(out);
                    }
                    this.ensure(json.length * 3);
                    this.i += encoder.encodeInto(json, this.json.subarray(this.i)).written;
                    return;
                }
                this.ensure(2);
                this.json[this.i++] = OPEN_BRACKET;
                let wroteFirstItem = false;
                for (let i = 0; i < value.length; ++i) {
                    const item = value[i];
                    if (isDocument ? item === void 0 : item == null && !sparse) continue;
                    if (wroteFirstItem) {
                        this.ensure(1);
                        this.json[this.i++] = COMMA;
                    }
                    this.writeValue(valueSchema, item, void 0);
                    wroteFirstItem = true;
                }
                this.ensure(1);
                this.json[this.i++] = CLOSE_BRACKET;
            }
            writeMap(ns, value, isDocument) {
                const sparse = !!ns.getMergedTraits().sparse;
                const valueSchema = ns.getValueSchema();
                if (!isDocument) if (valueSchema.isStringSchema() || valueSchema.isNumericSchema() || valueSchema.isBooleanSchema()) {
                    let modifications;
                    for (const k in value) {
                        if (!(0, hasOwn.$)(value, k)) continue;
                        const v = value[k];
                        if (Number.isNaN(v) || v === 1 / 0 || v === -1 / 0) {
                            (modifications ??= {})[k] = v;
                            value[k] = String(v);
                        } else if (v === null && !sparse) {
                            (modifications ??= {})[k] = null;
                            value[k] = void 0;
                        }
                    }
                    const json = JSON.stringify(value);
                    if (modifications) Object.assign(value, modifications);
                    this.ensure(json.length * 3);
                    this.i += encoder.encodeInto(json, this.json.subarray(this.i)).written;
                    return;
                }
                this.ensure(2);
                this.json[this.i++] = OPEN_BRACE;
                let first = true;
                for (const k in value) {
                    if (!(0, hasOwn.$)(value, k)) continue;
                    const v = value[k];
                    if (isDocument ? v === void 0 : v == null && !sparse) continue;
                    if (!first) {
                        this.ensure(1);
                        this.json[this.i++] = COMMA;
                    }
                    first = false;
                    this.writeJsonString(k);
                    this.ensure(1);
                    this.json[this.i++] = COLON;
                    this.writeValue(valueSchema, v, void 0);
                }
                this.ensure(1);
                this.json[this.i++] = CLOSE_BRACE;
            }
            writeTimestamp(ns, value) {
                const format = (0, determineTimestampFormat.V)(ns, this.settings);
                switch (format) {
                  case 5:
                    {
                        const iso = value.toISOString().replace(".000Z", "Z");
                        this.writeAsciiQuoted(iso);
                        return;
                    }

                  case 6:
                    this.writeAsciiQuoted((0, date_utils.JV)(value));
                    return;

                  case 7:
                    {
                        const epochSecs = String(value.getTime() / 1e3);
                        this.writeAscii(epochSecs);
                        return;
                    }

                  default:
                    {
                        const epochSecs = String(value.getTime() / 1e3);
                        this.writeAscii(epochSecs);
                        return;
                    }
                }
            }
        }
        class JsonCodec2 extends SerdeContextConfig {
            settings;
            constructor(settings) {
                super();
                this.settings = settings;
            }
            createSerializer() {
                const serializer = new JsonShapeSerializer2(this.settings);
                serializer.setSerdeContext(this.serdeContext);
                return serializer;
            }
            createDeserializer() {
                const deserializer = new JsonShapeDeserializer2(this.settings);
                deserializer.setSerdeContext(this.serdeContext);
                return deserializer;
            }
        }
        var HttpInterceptingShapeSerializer = __nccwpck_require__(1547);
        var HttpInterceptingShapeDeserializer = __nccwpck_require__(6214);
        var ProtocolLib = __nccwpck_require__(4017);
        class AwsRestJsonProtocol extends HttpBindingProtocol.s {
            serializer;
            deserializer;
            codec;
            mixin=new ProtocolLib.U;
            constructor({defaultNamespace: defaultNamespace, errorTypeRegistries: errorTypeRegistries, jsonCodec: jsonCodec}) {
                super({
                    defaultNamespace: defaultNamespace,
                    errorTypeRegistries: errorTypeRegistries
                });
                const settings = {
                    timestampFormat: {
                        useTrait: true,
                        default: 7
                    },
                    httpBindings: true,
                    jsonName: true
                };
                this.codec = jsonCodec ?? new JsonCodec2(settings);
                this.serializer = new HttpInterceptingShapeSerializer._(this.codec.createSerializer(), settings);
                this.deserializer = new HttpInterceptingShapeDeserializer.z(this.codec.createDeserializer(), settings);
            }
            getShapeId() {
                return "aws.protocols#restJson1";
            }
            getPayloadCodec() {
                return this.codec;
            }
            setSerdeContext(serdeContext) {
                this.codec.setSerdeContext(serdeContext);
                super.setSerdeContext(serdeContext);
            }
            async serializeRequest(operationSchema, input, context) {
                const request = await super.serializeRequest(operationSchema, input, context);
                const inputSchema = NormalizedSchema.l1.of(operationSchema.input);
                if (!request.headers["content-type"]) {
                    const contentType = this.mixin.resolveRestContentType(this.getDefaultContentType(), inputSchema);
                    if (contentType) request.headers["content-type"] = contentType;
                }
                if (request.body == null && request.headers["content-type"] === this.getDefaultContentType()) request.body = "{}";
                return request;
            }
            async deserializeResponse(operationSchema, context, response) {
                const output = await super.deserializeResponse(operationSchema, context, response);
                const outputSchema = NormalizedSchema.l1.of(operationSchema.output);
                for (const [name, member] of outputSchema.structIterator()) if (member.getMemberTraits().httpPayload && !(name in output)) output[name] = null;
                return output;
            }
            async handleError(operationSchema, context, response, dataObject, metadata) {
                const errorIdentifier = loadRestJsonErrorCode(response, dataObject) ?? "Unknown";
                this.mixin.compose(this.compositeErrorRegistry, errorIdentifier, this.options.defaultNamespace);
                const {errorSchema: errorSchema, errorMetadata: errorMetadata} = await this.mixin.getErrorSchemaOrThrowBaseException(errorIdentifier, this.options.defaultNamespace, response, dataObject, metadata);
                const ns = NormalizedSchema.l1.of(errorSchema);
                const message = dataObject.message ?? dataObject.Message ?? "UnknownError";
                const ErrorCtor = this.compositeErrorRegistry.getErrorCtor(errorSchema) ?? Error;
                const exception = new ErrorCtor({});
                await this.deserializeHttpMessage(errorSchema, context, response, dataObject);
                const output = {};
                const errorDeserializer = this.codec.createDeserializer();
                for (const [name, member] of ns.structIterator()) {
                    const target = member.getMergedTraits().jsonName ?? name;
                    output[name] = errorDeserializer.readObject(member, dataObject[target]);
                }
                throw this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
                    $fault: ns.getMergedTraits().error,
                    message: message
                }, output), dataObject);
            }
            getDefaultContentType() {
                return "application/json";
            }
        }
    }),
    3099: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            pi: () => ENV_SECRET,
            sF: () => fromEnv,
            yG: () => ENV_KEY
        });
        var _aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(249);
        var _smithy_core_config__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1436);
        const ENV_KEY = "AWS_ACCESS_KEY_ID";
        const ENV_SECRET = "AWS_SECRET_ACCESS_KEY";
        const ENV_SESSION = "AWS_SESSION_TOKEN";
        const ENV_EXPIRATION = "AWS_CREDENTIAL_EXPIRATION";
        const ENV_CREDENTIAL_SCOPE = "AWS_CREDENTIAL_SCOPE";
        const ENV_ACCOUNT_ID = "AWS_ACCOUNT_ID";
        const fromEnv = init => async () => {
            init?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");
            const accessKeyId = process.env[ENV_KEY];
            const secretAccessKey = process.env[ENV_SECRET];
            const sessionToken = process.env[ENV_SESSION];
            const expiry = process.env[ENV_EXPIRATION];
            const credentialScope = process.env[ENV_CREDENTIAL_SCOPE];
            const accountId = process.env[ENV_ACCOUNT_ID];
            if (accessKeyId && secretAccessKey) {
                const credentials = {
                    accessKeyId: accessKeyId,
                    secretAccessKey: secretAccessKey,
                    ...sessionToken && {
                        sessionToken: sessionToken
                    },
                    ...expiry && {
                        expiration: new Date(expiry)
                    },
                    ...credentialScope && {
                        credentialScope: credentialScope
                    },
                    ...accountId && {
                        accountId: accountId
                    }
                };
                (0, _aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_0__.g)(credentials, "CREDENTIALS_ENV_VARS", "g");
                return credentials;
            }
            throw new _smithy_core_config__WEBPACK_IMPORTED_MODULE_1__.C("Unable to find environment variable credentials.", {
                logger: init?.logger
            });
        };
    }),
    9882: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            v6: () => defaultProvider
        });
        var fromEnv = __nccwpck_require__(3099);
        var getProfileName = __nccwpck_require__(2365);
        var CredentialsProviderError = __nccwpck_require__(1436);
        var chain = __nccwpck_require__(8062);
        const ENV_IMDS_DISABLED = "AWS_EC2_METADATA_DISABLED";
        const remoteProvider = async init => {
            const {ENV_CMDS_FULL_URI: ENV_CMDS_FULL_URI, ENV_CMDS_RELATIVE_URI: ENV_CMDS_RELATIVE_URI, fromContainerMetadata: fromContainerMetadata, fromInstanceMetadata: fromInstanceMetadata} = await __nccwpck_require__.e(966).then(__nccwpck_require__.bind(__nccwpck_require__, 4966));
            if (process.env[ENV_CMDS_RELATIVE_URI] || process.env[ENV_CMDS_FULL_URI]) {
                init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");
                const {fromHttp: fromHttp} = await __nccwpck_require__.e(459).then(__nccwpck_require__.bind(__nccwpck_require__, 7459));
                return (0, chain.c)(fromHttp(init), fromContainerMetadata(init));
            }
            if (process.env[ENV_IMDS_DISABLED] && process.env[ENV_IMDS_DISABLED] !== "false") return async () => {
                throw new CredentialsProviderError.C("EC2 Instance Metadata Service access disabled", {
                    logger: init.logger
                });
            };
            init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata");
            return fromInstanceMetadata(init);
        };
        function memoizeChain(providers, treatAsExpired) {
            const chain = internalCreateChain(providers);
            let activeLock;
            let passiveLock;
            let credentials;
            let forceRefreshLock;
            const provider = async options => {
                if (options?.forceRefresh) {
                    if (!forceRefreshLock) forceRefreshLock = chain(options).then(c => {
                        credentials = c;
                    }).finally(() => {
                        forceRefreshLock = void 0;
                    });
                    await forceRefreshLock;
                    return credentials;
                }
                if (credentials?.expiration) if (credentials?.expiration?.getTime() < Date.now()) credentials = void 0;
                if (activeLock) await activeLock; else if (!credentials || treatAsExpired?.(credentials)) if (credentials) {
                    if (!passiveLock) passiveLock = chain(options).then(c => {
                        credentials = c;
                    }).catch(() => {}).finally(() => {
                        passiveLock = void 0;
                    });
                } else {
                    activeLock = chain(options).then(c => {
                        credentials = c;
                    }).finally(() => {
                        activeLock = void 0;
                    });
                    return provider(options);
                }
                return credentials;
            };
            return provider;
        }
        const internalCreateChain = providers => async awsIdentityProperties => {
            let lastProviderError;
            for (const provider of providers) try {
                return await provider(awsIdentityProperties);
            } catch (err) {
                lastProviderError = err;
                if (err?.tryNextLink) continue;
                throw err;
            }
            throw lastProviderError;
        };
        let multipleCredentialSourceWarningEmitted = false;
        const defaultProvider = (init = {}) => memoizeChain([ async () => {
            const profile = init.profile ?? process.env[getProfileName.Ch];
            if (profile) {
                const envStaticCredentialsAreSet = process.env[fromEnv.yG] && process.env[fromEnv.pi];
                if (envStaticCredentialsAreSet) if (!multipleCredentialSourceWarningEmitted) {
                    const warnFn = init.logger?.warn && init.logger?.constructor?.name !== "NoOpLogger" ? init.logger.warn.bind(init.logger) : console.warn;
                    warnFn(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:\n    Multiple credential sources detected: \n    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.\n    This SDK will proceed with the AWS_PROFILE value.\n    \n    However, a future version may change this behavior to prefer the ENV static credentials.\n    Please ensure that your environment only sets either the AWS_PROFILE or the\n    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.\n`);
                    multipleCredentialSourceWarningEmitted = true;
                }
                throw new CredentialsProviderError.C("AWS_PROFILE is set, skipping fromEnv provider.", {
                    logger: init.logger,
                    tryNextLink: true
                });
            }
            init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromEnv");
            return (0, fromEnv.sF)(init)();
        }, async awsIdentityProperties => {
            init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");
            const {ssoStartUrl: ssoStartUrl, ssoAccountId: ssoAccountId, ssoRegion: ssoRegion, ssoRoleName: ssoRoleName, ssoSession: ssoSession} = init;
            if (!ssoStartUrl && !ssoAccountId && !ssoRegion && !ssoRoleName && !ssoSession) throw new CredentialsProviderError.C("Skipping SSO provider in default chain (inputs do not include SSO fields).", {
                logger: init.logger
            });
            const {fromSSO: fromSSO} = await __nccwpck_require__.e(548).then(__nccwpck_require__.bind(__nccwpck_require__, 6548));
            return fromSSO(init)(awsIdentityProperties);
        }, async awsIdentityProperties => {
            init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromIni");
            const {fromIni: fromIni} = await __nccwpck_require__.e(236).then(__nccwpck_require__.bind(__nccwpck_require__, 6236));
            return fromIni(init)(awsIdentityProperties);
        }, async awsIdentityProperties => {
            init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromProcess");
            const {fromProcess: fromProcess} = await __nccwpck_require__.e(575).then(__nccwpck_require__.bind(__nccwpck_require__, 3575));
            return fromProcess(init)(awsIdentityProperties);
        }, async awsIdentityProperties => {
            init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromTokenFile");
            const {fromTokenFile: fromTokenFile} = await __nccwpck_require__.e(763).then(__nccwpck_require__.bind(__nccwpck_require__, 763));
            return fromTokenFile(init)(awsIdentityProperties);
        }, async () => {
            init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::remoteProvider");
            return (await remoteProvider(init))();
        }, async () => {
            throw new CredentialsProviderError.C("Could not load credentials from any providers", {
                tryNextLink: false,
                logger: init.logger
            });
        } ], credentialsTreatedAsExpired);
        const credentialsTreatedAsExpired = credentials => credentials?.expiration !== void 0 && credentials.expiration.getTime() - Date.now() < 3e5;
    }),
    2781: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            w: () => getHttpAuthSchemeEndpointRuleSetPlugin
        });
        var getSmithyContext = __nccwpck_require__(8743);
        const resolveAuthOptions = (candidateAuthOptions, authSchemePreference) => {
            if (!authSchemePreference || authSchemePreference.length === 0) return candidateAuthOptions;
            const preferredAuthOptions = [];
            for (const preferredSchemeName of authSchemePreference) for (const candidateAuthOption of candidateAuthOptions) {
                const candidateAuthSchemeName = candidateAuthOption.schemeId.split("#")[1];
                if (candidateAuthSchemeName === preferredSchemeName) preferredAuthOptions.push(candidateAuthOption);
            }
            for (const candidateAuthOption of candidateAuthOptions) if (!preferredAuthOptions.find(({schemeId: schemeId}) => schemeId === candidateAuthOption.schemeId)) preferredAuthOptions.push(candidateAuthOption);
            return preferredAuthOptions;
        };
        function convertHttpAuthSchemesToMap(httpAuthSchemes) {
            const map = new Map;
            for (const scheme of httpAuthSchemes) map.set(scheme.schemeId, scheme);
            return map;
        }
        const httpAuthSchemeMiddleware = (config, mwOptions) => (next, context) => async args => {
            const options = config.httpAuthSchemeProvider(await mwOptions.httpAuthSchemeParametersProvider(config, context, args.input));
            const authSchemePreference = config.authSchemePreference ? await config.authSchemePreference() : [];
            const resolvedOptions = resolveAuthOptions(options, authSchemePreference);
            const authSchemes = convertHttpAuthSchemesToMap(config.httpAuthSchemes);
            const smithyContext = (0, getSmithyContext.u)(context);
            const failureReasons = [];
            for (const option of resolvedOptions) {
                const scheme = authSchemes.get(option.schemeId);
                if (!scheme) {
                    failureReasons.push(`HttpAuthScheme \`${option.schemeId}\` was not enabled for this service.`);
                    continue;
                }
                const identityProvider = scheme.identityProvider(await mwOptions.identityProviderConfigProvider(config));
                if (!identityProvider) {
                    failureReasons.push(`HttpAuthScheme \`${option.schemeId}\` did not have an IdentityProvider configured.`);
                    continue;
                }
                const {identityProperties: identityProperties = {}, signingProperties: signingProperties = {}} = option.propertiesExtractor?.(config, context) || {};
                option.identityProperties = Object.assign(option.identityProperties || {}, identityProperties);
                option.signingProperties = Object.assign(option.signingProperties || {}, signingProperties);
                smithyContext.selectedHttpAuthScheme = {
                    httpAuthOption: option,
                    identity: await identityProvider(option.identityProperties),
                    signer: scheme.signer
                };
                break;
            }
            if (!smithyContext.selectedHttpAuthScheme) throw new Error(failureReasons.join("\n"));
            return next(args);
        };
        const httpAuthSchemeEndpointRuleSetMiddlewareOptions = {
            step: "serialize",
            tags: [ "HTTP_AUTH_SCHEME" ],
            name: "httpAuthSchemeMiddleware",
            override: true,
            relation: "before",
            toMiddleware: "endpointV2Middleware"
        };
        const getHttpAuthSchemeEndpointRuleSetPlugin = (config, {httpAuthSchemeParametersProvider: httpAuthSchemeParametersProvider, identityProviderConfigProvider: identityProviderConfigProvider}) => ({
            applyToStack: clientStack => {
                clientStack.addRelativeTo(httpAuthSchemeMiddleware(config, {
                    httpAuthSchemeParametersProvider: httpAuthSchemeParametersProvider,
                    identityProviderConfigProvider: identityProviderConfigProvider
                }), httpAuthSchemeEndpointRuleSetMiddlewareOptions);
            }
        });
    }),
    1567: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            l: () => getHttpSigningPlugin,
            Q: () => httpSigningMiddlewareOptions
        });
        var httpRequest = __nccwpck_require__(9725);
        var getSmithyContext = __nccwpck_require__(8743);
        const defaultErrorHandler = signingProperties => error => {
            throw error;
        };
        const defaultSuccessHandler = (httpResponse, signingProperties) => {};
        const httpSigningMiddleware = config => (next, context) => async args => {
            if (!httpRequest.K.isInstance(args.request)) return next(args);
            const smithyContext = (0, getSmithyContext.u)(context);
            const scheme = smithyContext.selectedHttpAuthScheme;
            if (!scheme) throw new Error(`No HttpAuthScheme was selected: unable to sign request`);
            const {httpAuthOption: {signingProperties: signingProperties = {}}, identity: identity, signer: signer} = scheme;
            const output = await next({
                ...args,
                request: await signer.sign(args.request, identity, signingProperties)
            }).catch((signer.errorHandler || defaultErrorHandler)(signingProperties));
            (signer.successHandler || defaultSuccessHandler)(output.response, signingProperties);
            return output;
        };
        const httpSigningMiddlewareOptions = {
            step: "finalizeRequest",
            tags: [ "HTTP_SIGNING" ],
            name: "httpSigningMiddleware",
            aliases: [ "apiKeyMiddleware", "tokenMiddleware", "awsAuthMiddleware" ],
            override: true,
            relation: "after",
            toMiddleware: "retryMiddleware"
        };
        const getHttpSigningPlugin = config => ({
            applyToStack: clientStack => {
                clientStack.addRelativeTo(httpSigningMiddleware(config), httpSigningMiddlewareOptions);
            }
        });
    }),
    7086: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            h: () => DefaultIdentityProviderConfig
        });
        var _smithy_core_transport__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2990);
        class DefaultIdentityProviderConfig {
            authSchemes=new Map;
            constructor(config) {
                for (const key in config) {
                    if (!(0, _smithy_core_transport__WEBPACK_IMPORTED_MODULE_0__.$)(config, key)) continue;
                    const value = config[key];
                    if (value !== void 0) this.authSchemes.set(key, value);
                }
            }
            getIdentityProvider(schemeId) {
                return this.authSchemes.get(schemeId);
            }
        }
    }),
    3926: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            t: () => normalizeProvider
        });
        const normalizeProvider = input => {
            if (typeof input === "function") return input;
            const promisified = Promise.resolve(input);
            return () => promisified;
        };
    }),
    7520: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            o: () => constructStack
        });
        const getAllAliases = (name, aliases) => {
            const _aliases = [];
            if (name) _aliases.push(name);
            if (aliases) for (const alias of aliases) _aliases.push(alias);
            return _aliases;
        };
        const getMiddlewareNameWithAliases = (name, aliases) => `${name || "anonymous"}${aliases && aliases.length > 0 ? ` (a.k.a. ${aliases.join(",")})` : ""}`;
        const constructStack = () => {
            let absoluteEntries = [];
            let relativeEntries = [];
            let identifyOnResolve = false;
            const entriesNameSet = new Set;
            const sort = entries => entries.sort((a, b) => stepWeights[b.step] - stepWeights[a.step] || priorityWeights[b.priority || "normal"] - priorityWeights[a.priority || "normal"]);
            const removeByName = toRemove => {
                let isRemoved = false;
                const filterCb = entry => {
                    const aliases = getAllAliases(entry.name, entry.aliases);
                    if (aliases.includes(toRemove)) {
                        isRemoved = true;
                        for (const alias of aliases) entriesNameSet.delete(alias);
                        return false;
                    }
                    return true;
                };
                absoluteEntries = absoluteEntries.filter(filterCb);
                relativeEntries = relativeEntries.filter(filterCb);
                return isRemoved;
            };
            const removeByReference = toRemove => {
                let isRemoved = false;
                const filterCb = entry => {
                    if (entry.middleware === toRemove) {
                        isRemoved = true;
                        for (const alias of getAllAliases(entry.name, entry.aliases)) entriesNameSet.delete(alias);
                        return false;
                    }
                    return true;
                };
                absoluteEntries = absoluteEntries.filter(filterCb);
                relativeEntries = relativeEntries.filter(filterCb);
                return isRemoved;
            };
            const cloneTo = toStack => {
                absoluteEntries.forEach(entry => {
                    toStack.add(entry.middleware, {
                        ...entry
                    });
                });
                relativeEntries.forEach(entry => {
                    toStack.addRelativeTo(entry.middleware, {
                        ...entry
                    });
                });
                toStack.identifyOnResolve?.(stack.identifyOnResolve());
                return toStack;
            };
            const expandRelativeMiddlewareList = from => {
                const expandedMiddlewareList = [];
                from.before.forEach(entry => {
                    if (entry.before.length === 0 && entry.after.length === 0) expandedMiddlewareList.push(entry); else expandedMiddlewareList.push(...expandRelativeMiddlewareList(entry));
                });
                expandedMiddlewareList.push(from);
                from.after.reverse().forEach(entry => {
                    if (entry.before.length === 0 && entry.after.length === 0) expandedMiddlewareList.push(entry); else expandedMiddlewareList.push(...expandRelativeMiddlewareList(entry));
                });
                return expandedMiddlewareList;
            };
            const getMiddlewareList = (debug = false) => {
                const normalizedAbsoluteEntries = [];
                const normalizedRelativeEntries = [];
                const normalizedEntriesNameMap = {};
                absoluteEntries.forEach(entry => {
                    const normalizedEntry = {
                        ...entry,
                        before: [],
                        after: []
                    };
                    for (const alias of getAllAliases(normalizedEntry.name, normalizedEntry.aliases)) normalizedEntriesNameMap[alias] = normalizedEntry;
                    normalizedAbsoluteEntries.push(normalizedEntry);
                });
                relativeEntries.forEach(entry => {
                    const normalizedEntry = {
                        ...entry,
                        before: [],
                        after: []
                    };
                    for (const alias of getAllAliases(normalizedEntry.name, normalizedEntry.aliases)) normalizedEntriesNameMap[alias] = normalizedEntry;
                    normalizedRelativeEntries.push(normalizedEntry);
                });
                normalizedRelativeEntries.forEach(entry => {
                    if (entry.toMiddleware) {
                        const toMiddleware = normalizedEntriesNameMap[entry.toMiddleware];
                        if (toMiddleware === void 0) {
                            if (debug) return;
                            throw new Error(`${entry.toMiddleware} is not found when adding ` + `${getMiddlewareNameWithAliases(entry.name, entry.aliases)} ` + `middleware ${entry.relation} ${entry.toMiddleware}`);
                        }
                        if (entry.relation === "after") toMiddleware.after.push(entry);
                        if (entry.relation === "before") toMiddleware.before.push(entry);
                    }
                });
                const mainChain = sort(normalizedAbsoluteEntries).map(expandRelativeMiddlewareList).reduce((wholeList, expandedMiddlewareList) => {
                    wholeList.push(...expandedMiddlewareList);
                    return wholeList;
                }, []);
                return mainChain;
            };
            const stack = {
                add: (middleware, options = {}) => {
                    const {name: name, override: override, aliases: _aliases} = options;
                    const entry = {
                        step: "initialize",
                        priority: "normal",
                        middleware: middleware,
                        ...options
                    };
                    const aliases = getAllAliases(name, _aliases);
                    if (aliases.length > 0) {
                        if (aliases.some(alias => entriesNameSet.has(alias))) {
                            if (!override) throw new Error(`Duplicate middleware name '${getMiddlewareNameWithAliases(name, _aliases)}'`);
                            for (const alias of aliases) {
                                const toOverrideIndex = absoluteEntries.findIndex(entry => entry.name === alias || entry.aliases?.some(a => a === alias));
                                if (toOverrideIndex === -1) continue;
                                const toOverride = absoluteEntries[toOverrideIndex];
                                if (toOverride.step !== entry.step || entry.priority !== toOverride.priority) throw new Error(`"${getMiddlewareNameWithAliases(toOverride.name, toOverride.aliases)}" middleware with ` + `${toOverride.priority} priority in ${toOverride.step} step cannot ` + `be overridden by "${getMiddlewareNameWithAliases(name, _aliases)}" middleware with ` + `${entry.priority} priority in ${entry.step} step.`);
                                absoluteEntries.splice(toOverrideIndex, 1);
                            }
                        }
                        for (const alias of aliases) entriesNameSet.add(alias);
                    }
                    absoluteEntries.push(entry);
                },
                addRelativeTo: (middleware, options) => {
                    const {name: name, override: override, aliases: _aliases} = options;
                    const entry = {
                        middleware: middleware,
                        ...options
                    };
                    const aliases = getAllAliases(name, _aliases);
                    if (aliases.length > 0) {
                        if (aliases.some(alias => entriesNameSet.has(alias))) {
                            if (!override) throw new Error(`Duplicate middleware name '${getMiddlewareNameWithAliases(name, _aliases)}'`);
                            for (const alias of aliases) {
                                const toOverrideIndex = relativeEntries.findIndex(entry => entry.name === alias || entry.aliases?.some(a => a === alias));
                                if (toOverrideIndex === -1) continue;
                                const toOverride = relativeEntries[toOverrideIndex];
                                if (toOverride.toMiddleware !== entry.toMiddleware || toOverride.relation !== entry.relation) throw new Error(`"${getMiddlewareNameWithAliases(toOverride.name, toOverride.aliases)}" middleware ` + `${toOverride.relation} "${toOverride.toMiddleware}" middleware cannot be overridden ` + `by "${getMiddlewareNameWithAliases(name, _aliases)}" middleware ${entry.relation} ` + `"${entry.toMiddleware}" middleware.`);
                                relativeEntries.splice(toOverrideIndex, 1);
                            }
                        }
                        for (const alias of aliases) entriesNameSet.add(alias);
                    }
                    relativeEntries.push(entry);
                },
                clone: () => cloneTo(constructStack()),
                use: plugin => {
                    plugin.applyToStack(stack);
                },
                remove: toRemove => {
                    if (typeof toRemove === "string") return removeByName(toRemove); else return removeByReference(toRemove);
                },
                removeByTag: toRemove => {
                    let isRemoved = false;
                    const filterCb = entry => {
                        const {tags: tags, name: name, aliases: _aliases} = entry;
                        if (tags && tags.includes(toRemove)) {
                            const aliases = getAllAliases(name, _aliases);
                            for (const alias of aliases) entriesNameSet.delete(alias);
                            isRemoved = true;
                            return false;
                        }
                        return true;
                    };
                    absoluteEntries = absoluteEntries.filter(filterCb);
                    relativeEntries = relativeEntries.filter(filterCb);
                    return isRemoved;
                },
                concat: from => {
                    const cloned = cloneTo(constructStack());
                    cloned.use(from);
                    cloned.identifyOnResolve(identifyOnResolve || cloned.identifyOnResolve() || (from.identifyOnResolve?.() ?? false));
                    return cloned;
                },
                applyToStack: cloneTo,
                identify: () => getMiddlewareList(true).map(mw => {
                    const step = mw.step ?? mw.relation + " " + mw.toMiddleware;
                    return getMiddlewareNameWithAliases(mw.name, mw.aliases) + " - " + step;
                }),
                identifyOnResolve(toggle) {
                    if (typeof toggle === "boolean") identifyOnResolve = toggle;
                    return identifyOnResolve;
                },
                resolve: (handler, context) => {
                    for (const middleware of getMiddlewareList().map(entry => entry.middleware).reverse()) handler = middleware(handler, context);
                    if (identifyOnResolve) console.log(stack.identify());
                    return handler;
                }
            };
            return stack;
        };
        const stepWeights = {
            initialize: 5,
            serialize: 4,
            build: 3,
            finalizeRequest: 2,
            deserialize: 1
        };
        const priorityWeights = {
            high: 3,
            normal: 2,
            low: 1
        };
    }),
    7545: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            N: () => NoOpLogger
        });
        class NoOpLogger {
            trace() {}
            debug() {}
            info() {}
            warn() {}
            error() {}
        }
    }),
    8702: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            K: () => Client
        });
        var _middleware_stack_MiddlewareStack__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7520);
        class Client {
            config;
            middlewareStack=(0, _middleware_stack_MiddlewareStack__WEBPACK_IMPORTED_MODULE_0__.o)();
            initConfig;
            handlers;
            constructor(config) {
                this.config = config;
                const {protocol: protocol, protocolSettings: protocolSettings} = config;
                if (protocolSettings) if (typeof protocol === "function") config.protocol = new protocol(protocolSettings);
            }
            send(command, optionsOrCb, cb) {
                const options = typeof optionsOrCb !== "function" ? optionsOrCb : void 0;
                const callback = typeof optionsOrCb === "function" ? optionsOrCb : cb;
                const useHandlerCache = options === void 0 && this.config.cacheMiddleware === true;
                let handler;
                if (useHandlerCache) {
                    if (!this.handlers) this.handlers = new WeakMap;
                    const handlers = this.handlers;
                    if (handlers.has(command.constructor)) handler = handlers.get(command.constructor); else {
                        handler = command.resolveMiddleware(this.middlewareStack, this.config, options);
                        handlers.set(command.constructor, handler);
                    }
                } else {
                    delete this.handlers;
                    handler = command.resolveMiddleware(this.middlewareStack, this.config, options);
                }
                if (callback) handler(command).then(result => callback(null, result.output), err => callback(err)).catch(() => {}); else return handler(command).then(result => result.output);
            }
            destroy() {
                this.config?.requestHandler?.destroy?.();
                delete this.handlers;
            }
        }
    }),
    5845: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            u: () => Command
        });
        var middleware = __nccwpck_require__(7418);
        var MiddlewareStack = __nccwpck_require__(7520);
        var NormalizedSchema = __nccwpck_require__(5125);
        const SENSITIVE_STRING = "***SensitiveInformation***";
        function schemaLogFilter(schema, data) {
            if (data == null) return data;
            const ns = NormalizedSchema.l1.of(schema);
            if (ns.getMergedTraits().sensitive) return SENSITIVE_STRING;
            if (ns.isListSchema()) {
                const valueSchema = ns.getValueSchema();
                if (valueSchema.getMergedTraits().sensitive) return SENSITIVE_STRING;
                if (Array.isArray(data)) return data.map(value => schemaLogFilter(valueSchema, value));
            } else if (ns.isMapSchema()) {
                const valueSchema = ns.getValueSchema();
                if (ns.getKeySchema().getMergedTraits().sensitive || valueSchema.getMergedTraits().sensitive) return SENSITIVE_STRING;
                if (typeof data === "object") return Object.fromEntries(Object.entries(data).map(([key, value]) => [ key, schemaLogFilter(valueSchema, value) ]));
            } else if (ns.isStructSchema() && typeof data === "object") {
                const object = data;
                const newObject = {};
                for (const [member, memberNs] of ns.structIterator()) if (object[member] != null) newObject[member] = schemaLogFilter(memberNs, object[member]);
                return newObject;
            }
            return data;
        }
        const operationEventStreamMarker = Symbol.for("@smithy/op-event-stream");
        class Command {
            middlewareStack=(0, MiddlewareStack.o)();
            schema;
            static classBuilder() {
                return new ClassBuilder;
            }
            resolveMiddlewareWithContext(clientStack, configuration, options, {middlewareFn: middlewareFn, clientName: clientName, commandName: commandName, inputFilterSensitiveLog: inputFilterSensitiveLog, outputFilterSensitiveLog: outputFilterSensitiveLog, smithyContext: smithyContext, additionalContext: additionalContext, CommandCtor: CommandCtor}) {
                for (const mw of middlewareFn.bind(this)(CommandCtor, clientStack, configuration, options)) this.middlewareStack.use(mw);
                const stack = clientStack.concat(this.middlewareStack);
                const {logger: logger} = configuration;
                const additionalSmithyContext = additionalContext[middleware.V];
                const handlerExecutionContext = {
                    logger: logger,
                    clientName: clientName,
                    commandName: commandName,
                    inputFilterSensitiveLog: inputFilterSensitiveLog,
                    outputFilterSensitiveLog: outputFilterSensitiveLog,
                    ...additionalContext,
                    [middleware.V]: {
                        ...additionalSmithyContext,
                        commandInstance: this,
                        ...smithyContext,
                        ...options?.metricsRecorder === void 0 ? {} : {
                            metricsRecorder: options.metricsRecorder
                        },
                        ...options?.abortSignal === void 0 ? {} : {
                            abortSignal: options.abortSignal
                        }
                    }
                };
                const {requestHandler: requestHandler} = configuration;
                let requestOptions = options ?? {};
                if (requestOptions.metricsRecorder) {
                    requestOptions = {
                        ...requestOptions
                    };
                    delete requestOptions.metricsRecorder;
                }
                let isEventStream;
                const schema = this.schema;
                const marker = schema?.[operationEventStreamMarker];
                if (marker !== void 0) isEventStream = marker; else if (schema) if (Array.isArray(schema) && schema[0] === 9) {
                    const [, , , , input$, output$] = schema;
                    isEventStream = schema[operationEventStreamMarker] = Boolean(NormalizedSchema.l1.of(input$).getEventStreamMember() || NormalizedSchema.l1.of(output$).getEventStreamMember());
                }
                if (isEventStream) requestOptions = {
                    isEventStream: isEventStream,
                    ...requestOptions
                };
                return stack.resolve(request => requestHandler.handle(request.request, requestOptions), handlerExecutionContext);
            }
        }
        class ClassBuilder {
            _init=() => {};
            _ep={};
            _middlewareFn=() => [];
            _commandName="";
            _clientName="";
            _additionalContext={};
            _smithyContext={};
            _inputFilterSensitiveLog=void 0;
            _outputFilterSensitiveLog=void 0;
            _serializer=null;
            _deserializer=null;
            _operationSchema;
            init(cb) {
                this._init = cb;
            }
            ep(endpointParameterInstructions) {
                this._ep = endpointParameterInstructions;
                return this;
            }
            m(middlewareSupplier) {
                this._middlewareFn = middlewareSupplier;
                return this;
            }
            s(service, operation, smithyContext = {}) {
                this._smithyContext = {
                    service: service,
                    operation: operation,
                    ...smithyContext
                };
                return this;
            }
            c(additionalContext = {}) {
                this._additionalContext = additionalContext;
                return this;
            }
            n(clientName, commandName) {
                this._clientName = clientName;
                this._commandName = commandName;
                return this;
            }
            f(inputFilter = _ => _, outputFilter = _ => _) {
                this._inputFilterSensitiveLog = inputFilter;
                this._outputFilterSensitiveLog = outputFilter;
                return this;
            }
            ser(serializer) {
                this._serializer = serializer;
                return this;
            }
            de(deserializer) {
                this._deserializer = deserializer;
                return this;
            }
            sc(operation) {
                this._operationSchema = operation;
                this._smithyContext.operationSchema = operation;
                return this;
            }
            build() {
                const closure = this;
                let CommandRef;
                return CommandRef = class extends Command {
                    input;
                    static getEndpointParameterInstructions() {
                        return closure._ep;
                    }
                    constructor(...[input]) {
                        super();
                        this.input = input ?? {};
                        closure._init(this);
                        this.schema = closure._operationSchema;
                    }
                    resolveMiddleware(stack, configuration, options) {
                        const op = closure._operationSchema;
                        const input = op?.[4] ?? op?.input;
                        const output = op?.[5] ?? op?.output;
                        return this.resolveMiddlewareWithContext(stack, configuration, options, {
                            CommandCtor: CommandRef,
                            middlewareFn: closure._middlewareFn,
                            clientName: closure._clientName,
                            commandName: closure._commandName,
                            inputFilterSensitiveLog: closure._inputFilterSensitiveLog ?? (op ? schemaLogFilter.bind(null, input) : _ => _),
                            outputFilterSensitiveLog: closure._outputFilterSensitiveLog ?? (op ? schemaLogFilter.bind(null, output) : _ => _),
                            smithyContext: closure._smithyContext,
                            additionalContext: closure._additionalContext
                        });
                    }
                    serialize=closure._serializer;
                    deserialize=closure._deserializer;
                };
            }
        }
    }),
    479: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            l: () => loadConfigsForDefaultMode
        });
        const loadConfigsForDefaultMode = mode => {
            switch (mode) {
              case "standard":
                return {
                    retryMode: "standard",
                    connectionTimeout: 3100
                };

              case "in-region":
                return {
                    retryMode: "standard",
                    connectionTimeout: 1100
                };

              case "cross-region":
                return {
                    retryMode: "standard",
                    connectionTimeout: 3100
                };

              case "mobile":
                return {
                    retryMode: "standard",
                    connectionTimeout: 3e4
                };

              default:
                return {};
            }
        };
    }),
    1034: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            I: () => emitWarningIfUnsupportedVersion
        });
        let warningEmitted = false;
        const emitWarningIfUnsupportedVersion = version => {
            if (version && !warningEmitted && parseInt(version.substring(1, version.indexOf("."))) < 16) warningEmitted = true;
        };
    }),
    4667: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            M: () => decorateServiceException,
            T: () => ServiceException
        });
        class ServiceException extends Error {
            static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";
            $fault;
            $response;
            $retryable;
            $metadata;
            constructor(options) {
                super(options.message);
                Object.setPrototypeOf(this, Object.getPrototypeOf(this).constructor.prototype);
                this.name = options.name;
                this.$fault = options.$fault;
                this.$metadata = options.$metadata;
            }
            static isInstance(value) {
                if (!value) return false;
                const candidate = value;
                return ServiceException.prototype.isPrototypeOf(candidate) || Boolean(candidate.$fault) && Boolean(candidate.$metadata) && (candidate.$fault === "client" || candidate.$fault === "server");
            }
            static [Symbol.hasInstance](instance) {
                if (!instance) return false;
                const candidate = instance;
                if (this === ServiceException) return ServiceException.isInstance(instance);
                if (ServiceException.isInstance(instance)) {
                    if (this.prototype.isPrototypeOf(instance)) return true;
                    const targetId = Object.prototype.hasOwnProperty.call(this, "shapeId") ? this.shapeId : void 0;
                    let candidateHasShapeId = false;
                    if (targetId) {
                        let proto = Object.getPrototypeOf(candidate);
                        while (proto && proto !== Object.prototype) {
                            const ctor = proto.constructor;
                            const candidateId = ctor !== ServiceException && Object.prototype.hasOwnProperty.call(ctor, "shapeId") ? ctor?.shapeId : void 0;
                            if (candidateId) {
                                candidateHasShapeId = true;
                                if (candidateId === targetId) return true;
                            }
                            proto = Object.getPrototypeOf(proto);
                        }
                    }
                    if (targetId && candidateHasShapeId) return false;
                    const targetName = this.name;
                    if (targetName && targetName.length >= 6) {
                        if (candidate.name === targetName) return true;
                        let proto = Object.getPrototypeOf(candidate);
                        while (proto && proto !== Object.prototype) {
                            const ctorName = proto.constructor?.name;
                            if (ctorName && ctorName !== "Error" && ctorName === targetName) return true;
                            proto = Object.getPrototypeOf(proto);
                        }
                    }
                }
                return false;
            }
        }
        const decorateServiceException = (exception, additions = {}) => {
            Object.entries(additions).filter(([, v]) => v !== void 0).forEach(([k, v]) => {
                if (exception[k] == void 0 || exception[k] === "") exception[k] = v;
            });
            const message = exception.message || exception.Message || "UnknownError";
            exception.message = message;
            delete exception.Message;
            return exception;
        };
    }),
    6571: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            xA: () => getDefaultExtensionConfiguration,
            uv: () => resolveDefaultRuntimeConfig
        });
        var hasOwn = __nccwpck_require__(2990);
        var AlgorithmId;
        (function(AlgorithmId) {
            AlgorithmId["MD5"] = "md5";
            AlgorithmId["CRC32"] = "crc32";
            AlgorithmId["CRC32C"] = "crc32c";
            AlgorithmId["SHA1"] = "sha1";
            AlgorithmId["SHA256"] = "sha256";
        })(AlgorithmId || (AlgorithmId = {}));
        const knownAlgorithms = Object.values(AlgorithmId);
        const checksum_getChecksumConfiguration = runtimeConfig => {
            const checksumAlgorithms = [];
            for (const id in AlgorithmId) {
                if (!(0, hasOwn.$)(AlgorithmId, id)) continue;
                const algorithmId = AlgorithmId[id];
                if (runtimeConfig[algorithmId] === void 0) continue;
                checksumAlgorithms.push({
                    algorithmId: () => algorithmId,
                    checksumConstructor: () => runtimeConfig[algorithmId]
                });
            }
            for (const [id, ChecksumCtor] of Object.entries(runtimeConfig.checksumAlgorithms ?? {})) checksumAlgorithms.push({
                algorithmId: () => id,
                checksumConstructor: () => ChecksumCtor
            });
            return {
                addChecksumAlgorithm(algo) {
                    runtimeConfig.checksumAlgorithms = runtimeConfig.checksumAlgorithms ?? {};
                    const id = algo.algorithmId();
                    const ctor = algo.checksumConstructor();
                    if (knownAlgorithms.includes(id)) runtimeConfig.checksumAlgorithms[id.toUpperCase()] = ctor; else runtimeConfig.checksumAlgorithms[id] = ctor;
                    checksumAlgorithms.push(algo);
                },
                checksumAlgorithms() {
                    return checksumAlgorithms;
                }
            };
        };
        const checksum_resolveChecksumRuntimeConfig = clientConfig => {
            const runtimeConfig = {};
            clientConfig.checksumAlgorithms().forEach(checksumAlgorithm => {
                const id = checksumAlgorithm.algorithmId();
                if (knownAlgorithms.includes(id)) runtimeConfig[id] = checksumAlgorithm.checksumConstructor();
            });
            return runtimeConfig;
        };
        const getRetryConfiguration = runtimeConfig => ({
            setRetryStrategy(retryStrategy) {
                runtimeConfig.retryStrategy = retryStrategy;
            },
            retryStrategy() {
                return runtimeConfig.retryStrategy;
            }
        });
        const resolveRetryRuntimeConfig = retryStrategyConfiguration => {
            const runtimeConfig = {};
            runtimeConfig.retryStrategy = retryStrategyConfiguration.retryStrategy();
            return runtimeConfig;
        };
        const getDefaultExtensionConfiguration = runtimeConfig => Object.assign(checksum_getChecksumConfiguration(runtimeConfig), getRetryConfiguration(runtimeConfig));
        const resolveDefaultRuntimeConfig = config => Object.assign(checksum_resolveChecksumRuntimeConfig(config), resolveRetryRuntimeConfig(config));
    }),
    7580: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            e$: () => NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS
        });
        var _util_config_provider_booleanSelector__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9498);
        var _util_config_provider_types__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6402);
        const ENV_USE_DUALSTACK_ENDPOINT = "AWS_USE_DUALSTACK_ENDPOINT";
        const CONFIG_USE_DUALSTACK_ENDPOINT = "use_dualstack_endpoint";
        const NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS = {
            environmentVariableSelector: env => (0, _util_config_provider_booleanSelector__WEBPACK_IMPORTED_MODULE_0__.Q)(env, ENV_USE_DUALSTACK_ENDPOINT, _util_config_provider_types__WEBPACK_IMPORTED_MODULE_1__.c.ENV),
            configFileSelector: profile => (0, _util_config_provider_booleanSelector__WEBPACK_IMPORTED_MODULE_0__.Q)(profile, CONFIG_USE_DUALSTACK_ENDPOINT, _util_config_provider_types__WEBPACK_IMPORTED_MODULE_1__.c.CONFIG),
            default: false
        };
    }),
    4254: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            Ko: () => NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS
        });
        var _util_config_provider_booleanSelector__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9498);
        var _util_config_provider_types__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6402);
        const ENV_USE_FIPS_ENDPOINT = "AWS_USE_FIPS_ENDPOINT";
        const CONFIG_USE_FIPS_ENDPOINT = "use_fips_endpoint";
        const NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS = {
            environmentVariableSelector: env => (0, _util_config_provider_booleanSelector__WEBPACK_IMPORTED_MODULE_0__.Q)(env, ENV_USE_FIPS_ENDPOINT, _util_config_provider_types__WEBPACK_IMPORTED_MODULE_1__.c.ENV),
            configFileSelector: profile => (0, _util_config_provider_booleanSelector__WEBPACK_IMPORTED_MODULE_0__.Q)(profile, CONFIG_USE_FIPS_ENDPOINT, _util_config_provider_types__WEBPACK_IMPORTED_MODULE_1__.c.CONFIG),
            default: false
        };
    }),
    6152: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            GG: () => NODE_REGION_CONFIG_OPTIONS,
            zH: () => NODE_REGION_CONFIG_FILE_OPTIONS
        });
        var _getInstanceMetadataRegion__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3366);
        const REGION_ENV_NAME = "AWS_REGION";
        const REGION_INI_NAME = "region";
        const NODE_REGION_CONFIG_OPTIONS = {
            environmentVariableSelector: env => env[REGION_ENV_NAME],
            configFileSelector: profile => profile[REGION_INI_NAME],
            default: async () => {
                const region = await (0, _getInstanceMetadataRegion__WEBPACK_IMPORTED_MODULE_0__.b)();
                if (region) return region;
                throw new Error("Region is missing");
            }
        };
        const NODE_REGION_CONFIG_FILE_OPTIONS = {
            preferredFile: "credentials"
        };
    }),
    3366: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            b: () => getInstanceMetadataRegion
        });
        var _defaults_mode_constants__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(729);
        const TIMEOUT_MS = 1e3;
        const NEG_CACHE_TTL_MS = 6e4;
        let negativeCacheUntil = 0;
        const getInstanceMetadataRegion = async () => {
            if (process.env[_defaults_mode_constants__WEBPACK_IMPORTED_MODULE_0__.tn]) return;
            if (Date.now() < negativeCacheUntil) return;
            try {
                const endpoint = resolveImdsEndpoint();
                const token = (await imdsRequest({
                    ...endpoint,
                    path: _defaults_mode_constants__WEBPACK_IMPORTED_MODULE_0__.EG,
                    method: "PUT",
                    headers: {
                        [_defaults_mode_constants__WEBPACK_IMPORTED_MODULE_0__.nF]: "21600"
                    }
                })).toString();
                const region = (await imdsRequest({
                    ...endpoint,
                    path: _defaults_mode_constants__WEBPACK_IMPORTED_MODULE_0__.FT,
                    method: "GET",
                    headers: {
                        [_defaults_mode_constants__WEBPACK_IMPORTED_MODULE_0__.cC]: token
                    }
                })).toString().trim();
                return region || cacheNegativeAndReturnUndefined();
            } catch {
                return cacheNegativeAndReturnUndefined();
            }
        };
        const cacheNegativeAndReturnUndefined = () => {
            negativeCacheUntil = Date.now() + NEG_CACHE_TTL_MS;
            return;
        };
        const resolveImdsEndpoint = () => {
            const envEndpoint = process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;
            if (envEndpoint) {
                const url = new URL(envEndpoint);
                return {
                    hostname: url.hostname.replace(/^\[(.+)]$/, "$1"),
                    port: url.port ? Number(url.port) : void 0
                };
            }
            if (process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE === "IPv6") return {
                hostname: "fd00:ec2::254"
            };
            return {
                hostname: "169.254.169.254"
            };
        };
        const imdsRequest = async options => {
            const {request: request} = await Promise.resolve().then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 23));
            return new Promise((resolve, reject) => {
                const req = request({
                    hostname: options.hostname,
                    port: options.port,
                    path: options.path,
                    method: options.method,
                    headers: options.headers,
                    timeout: TIMEOUT_MS,
                    signal: AbortSignal.timeout(TIMEOUT_MS)
                });
                req.on("error", err => {
                    reject(err);
                    req.destroy();
                });
                req.on("timeout", () => {
                    reject(new Error("TimeoutError from instance metadata service"));
                    req.destroy();
                });
                req.on("response", res => {
                    const {statusCode: statusCode = 400} = res;
                    if (statusCode < 200 || statusCode >= 300) {
                        reject(Object.assign(new Error("Error response received from instance metadata service"), {
                            statusCode: statusCode
                        }));
                        req.destroy();
                        return;
                    }
                    const chunks = [];
                    res.on("data", chunk => chunks.push(chunk));
                    res.on("end", () => {
                        resolve(Buffer.concat(chunks));
                        req.destroy();
                    });
                });
                req.end();
            });
        };
    }),
    7503: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            T: () => resolveRegionConfig
        });
        var isValidHostLabel = __nccwpck_require__(4280);
        const validRegions = new Set;
        const checkRegion = (region, check = isValidHostLabel.X) => {
            if (!validRegions.has(region) && !check(region)) if (region === "*") console.warn(`@smithy/config-resolver WARN - Please use the caller region instead of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.`); else throw new Error(`Region not accepted: region="${region}" is not a valid hostname component.`); else validRegions.add(region);
        };
        const isFipsRegion = region => typeof region === "string" && (region.startsWith("fips-") || region.endsWith("-fips"));
        const getRealRegion = region => isFipsRegion(region) ? [ "fips-aws-global", "aws-fips" ].includes(region) ? "us-east-1" : region.replace(/fips-(dkr-|prod-)?|-fips/, "") : region;
        const resolveRegionConfig = input => {
            const {region: region, useFipsEndpoint: useFipsEndpoint} = input;
            if (!region) throw new Error("Region is missing");
            return Object.assign(input, {
                region: async () => {
                    const providedRegion = typeof region === "function" ? await region() : region;
                    const realRegion = getRealRegion(providedRegion);
                    checkRegion(realRegion);
                    return realRegion;
                },
                useFipsEndpoint: async () => {
                    const providedRegion = typeof region === "string" ? region : await region();
                    if (isFipsRegion(providedRegion)) return true;
                    return typeof useFipsEndpoint !== "function" ? Promise.resolve(!!useFipsEndpoint) : useFipsEndpoint();
                }
            });
        };
    }),
    729: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            EG: () => IMDS_TOKEN_PATH,
            FT: () => IMDS_REGION_PATH,
            J9: () => AWS_EXECUTION_ENV,
            RY: () => AWS_DEFAULT_REGION_ENV,
            US: () => DEFAULTS_MODE_OPTIONS,
            cC: () => X_AWS_EC2_METADATA_TOKEN,
            dr: () => AWS_REGION_ENV,
            nF: () => X_AWS_EC2_METADATA_TOKEN_TTL,
            tn: () => ENV_IMDS_DISABLED
        });
        const AWS_EXECUTION_ENV = "AWS_EXECUTION_ENV";
        const AWS_REGION_ENV = "AWS_REGION";
        const AWS_DEFAULT_REGION_ENV = "AWS_DEFAULT_REGION";
        const ENV_IMDS_DISABLED = "AWS_EC2_METADATA_DISABLED";
        const DEFAULTS_MODE_OPTIONS = [ "in-region", "cross-region", "mobile", "standard", "legacy" ];
        const IMDS_REGION_PATH = "/latest/meta-data/placement/region";
        const IMDS_TOKEN_PATH = "/latest/api/token";
        const X_AWS_EC2_METADATA_TOKEN = "x-aws-ec2-metadata-token";
        const X_AWS_EC2_METADATA_TOKEN_TTL = "x-aws-ec2-metadata-token-ttl-seconds";
    }),
    8234: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            I: () => resolveDefaultsModeConfig
        });
        var config = __nccwpck_require__(6152);
        var getInstanceMetadataRegion = __nccwpck_require__(3366);
        var configLoader = __nccwpck_require__(3945);
        var memoize = __nccwpck_require__(4759);
        var constants = __nccwpck_require__(729);
        const AWS_DEFAULTS_MODE_ENV = "AWS_DEFAULTS_MODE";
        const AWS_DEFAULTS_MODE_CONFIG = "defaults_mode";
        const NODE_DEFAULTS_MODE_CONFIG_OPTIONS = {
            environmentVariableSelector: env => env[AWS_DEFAULTS_MODE_ENV],
            configFileSelector: profile => profile[AWS_DEFAULTS_MODE_CONFIG],
            default: "legacy"
        };
        const resolveDefaultsModeConfig = ({region: region = (0, configLoader.Z)(config.GG), defaultsMode: defaultsMode = (0, 
        configLoader.Z)(NODE_DEFAULTS_MODE_CONFIG_OPTIONS)} = {}) => (0, memoize.B)(async () => {
            const mode = typeof defaultsMode === "function" ? await defaultsMode() : defaultsMode;
            switch (mode?.toLowerCase()) {
              case "auto":
                return resolveNodeDefaultsModeAuto(region);

              case "in-region":
              case "cross-region":
              case "mobile":
              case "standard":
              case "legacy":
                return Promise.resolve(mode?.toLocaleLowerCase());

              case void 0:
                return Promise.resolve("legacy");

              default:
                throw new Error(`Invalid parameter for "defaultsMode", expect ${constants.US.join(", ")}, got ${mode}`);
            }
        });
        const resolveNodeDefaultsModeAuto = async clientRegion => {
            if (clientRegion) {
                const resolvedRegion = typeof clientRegion === "function" ? await clientRegion() : clientRegion;
                const inferredRegion = await inferPhysicalRegion();
                if (!inferredRegion) return "standard";
                if (resolvedRegion === inferredRegion) return "in-region"; else return "cross-region";
            }
            return "standard";
        };
        const inferPhysicalRegion = async () => {
            if (process.env[constants.J9] && (process.env[constants.dr] || process.env[constants.RY])) return process.env[constants.dr] ?? process.env[constants.RY];
            return (0, getInstanceMetadataRegion.b)();
        };
    }),
    3945: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            Z: () => loadConfig
        });
        var chain = __nccwpck_require__(8062);
        var memoize = __nccwpck_require__(4759);
        var CredentialsProviderError = __nccwpck_require__(1436);
        function getSelectorName(functionString) {
            try {
                const constants = new Set(Array.from(functionString.match(/([A-Z_]){3,}/g) ?? []));
                constants.delete("CONFIG");
                constants.delete("CONFIG_PREFIX_SEPARATOR");
                constants.delete("ENV");
                return [ ...constants ].join(", ");
            } catch (ignored) {
                return functionString;
            }
        }
        const fromEnv = (envVarSelector, options) => async () => {
            try {
                const config = envVarSelector(process.env, options);
                if (config === void 0) throw new Error;
                return config;
            } catch (e) {
                throw new CredentialsProviderError.C(e.message || `Not found in ENV: ${getSelectorName(envVarSelector.toString())}`, {
                    logger: options?.logger
                });
            }
        };
        var getProfileName = __nccwpck_require__(2365);
        var loadSharedConfigFiles = __nccwpck_require__(3692);
        const fromSharedConfigFiles = (configSelector, {preferredFile: preferredFile = "config", ...init} = {}) => async () => {
            const profile = (0, getProfileName.Bz)(init);
            const {configFile: configFile, credentialsFile: credentialsFile} = await (0, loadSharedConfigFiles.p)(init);
            const profileFromCredentials = credentialsFile[profile] || {};
            const profileFromConfig = configFile[profile] || {};
            const mergedProfile = preferredFile === "config" ? {
                ...profileFromCredentials,
                ...profileFromConfig
            } : {
                ...profileFromConfig,
                ...profileFromCredentials
            };
            try {
                const cfgFile = preferredFile === "config" ? configFile : credentialsFile;
                const configValue = configSelector(mergedProfile, cfgFile);
                if (configValue === void 0) throw new Error;
                return configValue;
            } catch (e) {
                throw new CredentialsProviderError.C(e.message || `Not found in config files w/ profile [${profile}]: ${getSelectorName(configSelector.toString())}`, {
                    logger: init.logger
                });
            }
        };
        const fromValue = staticValue => () => Promise.resolve(staticValue);
        const isFunction = func => typeof func === "function";
        const fromStatic = defaultValue => isFunction(defaultValue) ? async () => await defaultValue() : fromValue(defaultValue);
        const loadConfig = ({environmentVariableSelector: environmentVariableSelector, configFileSelector: configFileSelector, default: defaultValue}, configuration = {}) => {
            const {signingName: signingName, logger: logger} = configuration;
            const envOptions = {
                signingName: signingName,
                logger: logger
            };
            return (0, memoize.B)((0, chain.c)(fromEnv(environmentVariableSelector, envOptions), fromSharedConfigFiles(configFileSelector, configuration), fromStatic(defaultValue)));
        };
    }),
    1436: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            C: () => CredentialsProviderError
        });
        var _ProviderError__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1342);
        class CredentialsProviderError extends _ProviderError__WEBPACK_IMPORTED_MODULE_0__.m {
            name="CredentialsProviderError";
            constructor(message, options = true) {
                super(message, options);
                Object.setPrototypeOf(this, CredentialsProviderError.prototype);
            }
        }
    }),
    1342: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            m: () => ProviderError
        });
        class ProviderError extends Error {
            name="ProviderError";
            tryNextLink;
            constructor(message, options = true) {
                let logger;
                let tryNextLink = true;
                if (typeof options === "boolean") {
                    logger = void 0;
                    tryNextLink = options;
                } else if (options != null && typeof options === "object") {
                    logger = options.logger;
                    tryNextLink = options.tryNextLink ?? true;
                }
                super(message);
                this.tryNextLink = tryNextLink;
                Object.setPrototypeOf(this, ProviderError.prototype);
                logger?.debug?.(`@smithy/property-provider ${tryNextLink ? "->" : "(!)"} ${message}`);
            }
            static from(error, options = true) {
                return Object.assign(new this(error.message, options), error);
            }
        }
    }),
    8062: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            c: () => chain
        });
        var _ProviderError__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1342);
        const chain = (...providers) => async () => {
            if (providers.length === 0) throw new _ProviderError__WEBPACK_IMPORTED_MODULE_0__.m("No providers in chain");
            let lastProviderError;
            for (const provider of providers) try {
                const credentials = await provider();
                return credentials;
            } catch (err) {
                lastProviderError = err;
                if (err?.tryNextLink) continue;
                throw err;
            }
            throw lastProviderError;
        };
    }),
    4759: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            B: () => memoize
        });
        const memoize = (provider, isExpired, requiresRefresh) => {
            let resolved;
            let pending;
            let hasResult;
            let isConstant = false;
            const coalesceProvider = async () => {
                if (!pending) pending = provider();
                try {
                    resolved = await pending;
                    hasResult = true;
                    isConstant = false;
                } finally {
                    pending = void 0;
                }
                return resolved;
            };
            if (isExpired === void 0) return async options => {
                if (!hasResult || options?.forceRefresh) resolved = await coalesceProvider();
                return resolved;
            };
            return async options => {
                if (!hasResult || options?.forceRefresh) resolved = await coalesceProvider();
                if (isConstant) return resolved;
                if (requiresRefresh && !requiresRefresh(resolved)) {
                    isConstant = true;
                    return resolved;
                }
                if (isExpired(resolved)) {
                    await coalesceProvider();
                    return resolved;
                }
                return resolved;
            };
        };
    }),
    6814: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            Q: () => CONFIG_PREFIX_SEPARATOR
        });
        const CONFIG_PREFIX_SEPARATOR = ".";
    }),
    6184: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            g: () => getConfigFilepath
        });
        var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
        var _getHomeDir__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3901);
        const ENV_CONFIG_PATH = "AWS_CONFIG_FILE";
        const getConfigFilepath = () => process.env[ENV_CONFIG_PATH] || (0, node_path__WEBPACK_IMPORTED_MODULE_0__.join)((0, 
        _getHomeDir__WEBPACK_IMPORTED_MODULE_1__.R)(), ".aws", "config");
    }),
    3901: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            R: () => getHomeDir
        });
        var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
        var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
        const homeDirCache = {};
        const getHomeDirCacheKey = () => {
            if (process && process.geteuid) return `${process.geteuid()}`;
            return "DEFAULT";
        };
        const getHomeDir = () => {
            const {HOME: HOME, USERPROFILE: USERPROFILE, HOMEPATH: HOMEPATH, HOMEDRIVE: HOMEDRIVE = `C:${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`} = process.env;
            if (HOME) return HOME;
            if (USERPROFILE) return USERPROFILE;
            if (HOMEPATH) return `${HOMEDRIVE}${HOMEPATH}`;
            const homeDirCacheKey = getHomeDirCacheKey();
            if (!homeDirCache[homeDirCacheKey]) homeDirCache[homeDirCacheKey] = (0, node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)();
            return homeDirCache[homeDirCacheKey];
        };
    }),
    2365: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            Bz: () => getProfileName,
            Ch: () => ENV_PROFILE
        });
        const ENV_PROFILE = "AWS_PROFILE";
        const DEFAULT_PROFILE = "default";
        const getProfileName = init => init.profile || process.env[ENV_PROFILE] || DEFAULT_PROFILE;
    }),
    3692: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            p: () => loadSharedConfigFiles
        });
        var external_node_path_ = __nccwpck_require__(6760);
        var profile = __nccwpck_require__(8669);
        var constants = __nccwpck_require__(6814);
        const getConfigData = data => Object.entries(data).filter(([key]) => {
            const indexOfSeparator = key.indexOf(constants.Q);
            if (indexOfSeparator === -1) return false;
            return Object.values(profile.I).includes(key.substring(0, indexOfSeparator));
        }).reduce((acc, [key, value]) => {
            const indexOfSeparator = key.indexOf(constants.Q);
            const updatedKey = key.substring(0, indexOfSeparator) === profile.I.PROFILE ? key.substring(indexOfSeparator + 1) : key;
            acc[updatedKey] = value;
            return acc;
        }, {
            ...data.default && {
                default: data.default
            }
        });
        var getConfigFilepath = __nccwpck_require__(6184);
        var getHomeDir = __nccwpck_require__(3901);
        const ENV_CREDENTIALS_PATH = "AWS_SHARED_CREDENTIALS_FILE";
        const getCredentialsFilepath = () => process.env[ENV_CREDENTIALS_PATH] || (0, external_node_path_.join)((0, 
        getHomeDir.R)(), ".aws", "credentials");
        var parseIni = __nccwpck_require__(6892);
        var readFile = __nccwpck_require__(2149);
        const swallowError = () => ({});
        const loadSharedConfigFiles = async (init = {}) => {
            const {filepath: filepath = getCredentialsFilepath(), configFilepath: configFilepath = (0, 
            getConfigFilepath.g)()} = init;
            const homeDir = (0, getHomeDir.R)();
            const relativeHomeDirPrefix = "~/";
            let resolvedFilepath = filepath;
            if (filepath.startsWith(relativeHomeDirPrefix)) resolvedFilepath = (0, external_node_path_.join)(homeDir, filepath.slice(2));
            let resolvedConfigFilepath = configFilepath;
            if (configFilepath.startsWith(relativeHomeDirPrefix)) resolvedConfigFilepath = (0, 
            external_node_path_.join)(homeDir, configFilepath.slice(2));
            const parsedFiles = await Promise.all([ (0, readFile.TA)(resolvedConfigFilepath, {
                ignoreCache: init.ignoreCache
            }).then(parseIni.A).then(getConfigData).catch(swallowError), (0, readFile.TA)(resolvedFilepath, {
                ignoreCache: init.ignoreCache
            }).then(parseIni.A).catch(swallowError) ]);
            return {
                configFile: parsedFiles[0],
                credentialsFile: parsedFiles[1]
            };
        };
    }),
    6892: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            A: () => parseIni
        });
        var _smithy_types__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8669);
        var _constants__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6814);
        const prefixKeyRegex = /^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/;
        const profileNameBlockList = [ "__proto__", "profile __proto__" ];
        const parseIni = iniData => {
            const map = {};
            let currentSection;
            let currentSubSection;
            for (const iniLine of iniData.split(/\r?\n/)) {
                const trimmedLine = iniLine.split(/(^|\s)[;#]/)[0].trim();
                const isSection = trimmedLine[0] === "[" && trimmedLine[trimmedLine.length - 1] === "]";
                if (isSection) {
                    currentSection = void 0;
                    currentSubSection = void 0;
                    const sectionName = trimmedLine.substring(1, trimmedLine.length - 1);
                    const matches = prefixKeyRegex.exec(sectionName);
                    if (matches) {
                        const [, prefix, , name] = matches;
                        if (Object.values(_smithy_types__WEBPACK_IMPORTED_MODULE_0__.I).includes(prefix)) currentSection = [ prefix, name ].join(_constants__WEBPACK_IMPORTED_MODULE_1__.Q);
                    } else currentSection = sectionName;
                    if (profileNameBlockList.includes(sectionName)) throw new Error(`Found invalid profile name "${sectionName}"`);
                } else if (currentSection) {
                    const indexOfEqualsSign = trimmedLine.indexOf("=");
                    if (![ 0, -1 ].includes(indexOfEqualsSign)) {
                        const [name, value] = [ trimmedLine.substring(0, indexOfEqualsSign).trim(), trimmedLine.substring(indexOfEqualsSign + 1).trim() ];
                        if (value === "") currentSubSection = name; else {
                            if (currentSubSection && iniLine.trimStart() === iniLine) currentSubSection = void 0;
                            map[currentSection] = map[currentSection] || {};
                            const key = currentSubSection ? [ currentSubSection, name ].join(_constants__WEBPACK_IMPORTED_MODULE_1__.Q) : name;
                            map[currentSection][key] = value;
                        }
                    }
                }
            }
            return map;
        };
    }),
    2149: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            Jj: () => fileIntercept,
            TA: () => readFile
        });
        var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
        const filePromises = {};
        const fileIntercept = {};
        const readFile = (path, options) => {
            if (fileIntercept[path] !== void 0) return fileIntercept[path];
            if (!filePromises[path] || options?.ignoreCache) filePromises[path] = (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, "utf8");
            return filePromises[path];
        };
    }),
    9498: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            Q: () => booleanSelector
        });
        const booleanSelector = (obj, key, type) => {
            if (!(key in obj)) return;
            if (obj[key] === "true") return true;
            if (obj[key] === "false") return false;
            throw new Error(`Cannot load ${type} "${key}". Expected "true" or "false", got ${obj[key]}.`);
        };
    }),
    6402: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            c: () => SelectorType
        });
        var SelectorType;
        (function(SelectorType) {
            SelectorType["ENV"] = "env";
            SelectorType["CONFIG"] = "shared config entry";
        })(SelectorType || (SelectorType = {}));
    }),
    4172: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            rD: () => getEndpointPlugin,
            Co: () => resolveEndpointConfig
        });
        var configLoader = __nccwpck_require__(3945);
        var constants = __nccwpck_require__(6814);
        const ENV_ENDPOINT_URL = "AWS_ENDPOINT_URL";
        const CONFIG_ENDPOINT_URL = "endpoint_url";
        const getEndpointUrlConfig = serviceId => ({
            environmentVariableSelector: env => {
                const serviceSuffixParts = serviceId.split(" ").map(w => w.toUpperCase());
                const serviceEndpointUrl = env[[ ENV_ENDPOINT_URL, ...serviceSuffixParts ].join("_")];
                if (serviceEndpointUrl) return serviceEndpointUrl;
                const endpointUrl = env[ENV_ENDPOINT_URL];
                if (endpointUrl) return endpointUrl;
                return;
            },
            configFileSelector: (profile, config) => {
                if (profile.services) {
                    const servicesSectionKey = [ "services", profile.services ].join(constants.Q);
                    if (!config || !config[servicesSectionKey]) throw new Error(`The services section "${profile.services}" specified in the profile is not present in the shared configuration file.`);
                    const servicesSection = config[servicesSectionKey];
                    const servicePrefixParts = serviceId.split(" ").map(w => w.toLowerCase());
                    const endpointUrl = servicesSection[[ servicePrefixParts.join("_"), CONFIG_ENDPOINT_URL ].join(constants.Q)];
                    if (endpointUrl) return endpointUrl;
                }
                const endpointUrl = profile[CONFIG_ENDPOINT_URL];
                if (endpointUrl) return endpointUrl;
                return;
            },
            default: void 0
        });
        var booleanSelector = __nccwpck_require__(9498);
        var types = __nccwpck_require__(6402);
        const ENV_IGNORE_CONFIGURED_ENDPOINT_URLS = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";
        const CONFIG_IGNORE_CONFIGURED_ENDPOINT_URLS = "ignore_configured_endpoint_urls";
        const ignoreConfiguredEndpointUrlsConfigSelectors = {
            environmentVariableSelector: env => (0, booleanSelector.Q)(env, ENV_IGNORE_CONFIGURED_ENDPOINT_URLS, types.c.ENV),
            configFileSelector: profile => (0, booleanSelector.Q)(profile, CONFIG_IGNORE_CONFIGURED_ENDPOINT_URLS, types.c.CONFIG),
            default: false
        };
        const getEndpointFromConfig = async serviceId => {
            const ignore = await (0, configLoader.Z)(ignoreConfiguredEndpointUrlsConfigSelectors)();
            if (ignore) return;
            return (0, configLoader.Z)(getEndpointUrlConfig(serviceId ?? ""))();
        };
        var adaptors_getEndpointFromInstructions = __nccwpck_require__(7436);
        var getSmithyContext = __nccwpck_require__(8743);
        function setFeature(context, feature, value) {
            if (!context.__smithy_context) context.__smithy_context = {
                features: {}
            }; else if (!context.__smithy_context.features) context.__smithy_context.features = {};
            context.__smithy_context.features[feature] = value;
        }
        function bindEndpointMiddleware(getEndpointFromConfig) {
            const getEndpointFromInstructions = (0, adaptors_getEndpointFromInstructions.g)(getEndpointFromConfig);
            return ({config: config, instructions: instructions}) => (next, context) => async args => {
                if (config.isCustomEndpoint) setFeature(context, "ENDPOINT_OVERRIDE", "N");
                const endpoint = await getEndpointFromInstructions(args.input, {
                    getEndpointParameterInstructions() {
                        return instructions;
                    }
                }, {
                    ...config
                }, context);
                context.endpointV2 = endpoint;
                context.authSchemes = endpoint.properties?.authSchemes;
                const authScheme = context.authSchemes?.[0];
                if (authScheme) {
                    context["signing_region"] = authScheme.signingRegion;
                    context["signing_service"] = authScheme.signingName;
                    const smithyContext = (0, getSmithyContext.u)(context);
                    const httpAuthOption = smithyContext?.selectedHttpAuthScheme?.httpAuthOption;
                    if (httpAuthOption) httpAuthOption.signingProperties = Object.assign(httpAuthOption.signingProperties || {}, {
                        signing_region: authScheme.signingRegion,
                        signingRegion: authScheme.signingRegion,
                        signing_service: authScheme.signingName,
                        signingName: authScheme.signingName,
                        signingRegionSet: authScheme.signingRegionSet
                    }, authScheme.properties);
                }
                return next({
                    ...args
                });
            };
        }
        const serializerMiddlewareOption = {
            name: "serializerMiddleware",
            step: "serialize",
            tags: [ "SERIALIZER" ],
            override: true
        };
        const endpointMiddlewareOptions = {
            step: "serialize",
            tags: [ "ENDPOINT_PARAMETERS", "ENDPOINT_V2", "ENDPOINT" ],
            name: "endpointV2Middleware",
            override: true,
            relation: "before",
            toMiddleware: serializerMiddlewareOption.name
        };
        function bindGetEndpointPlugin(getEndpointFromConfig) {
            const endpointMiddleware = bindEndpointMiddleware(getEndpointFromConfig);
            return (config, instructions) => ({
                applyToStack: clientStack => {
                    clientStack.addRelativeTo(endpointMiddleware({
                        config: config,
                        instructions: instructions
                    }), endpointMiddlewareOptions);
                }
            });
        }
        var normalizeProvider = __nccwpck_require__(9362);
        var toEndpointV1 = __nccwpck_require__(3055);
        function bindResolveEndpointConfig(getEndpointFromConfig) {
            return input => {
                const tls = input.tls ?? true;
                const {endpoint: endpoint, useDualstackEndpoint: useDualstackEndpoint, useFipsEndpoint: useFipsEndpoint} = input;
                const customEndpointProvider = endpoint != null ? async () => (0, toEndpointV1.a)(await (0, 
                normalizeProvider.t)(endpoint)()) : void 0;
                const isCustomEndpoint = !!endpoint;
                const resolvedConfig = Object.assign(input, {
                    endpoint: customEndpointProvider,
                    tls: tls,
                    isCustomEndpoint: isCustomEndpoint,
                    useDualstackEndpoint: (0, normalizeProvider.t)(useDualstackEndpoint ?? false),
                    useFipsEndpoint: (0, normalizeProvider.t)(useFipsEndpoint ?? false),
                    ignoreConfiguredEndpointUrls: !!input.ignoreConfiguredEndpointUrls
                });
                let configuredEndpointPromise;
                resolvedConfig.serviceConfiguredEndpoint = async () => {
                    if (input.serviceId && !configuredEndpointPromise) configuredEndpointPromise = getEndpointFromConfig(input.serviceId);
                    return configuredEndpointPromise;
                };
                return resolvedConfig;
            };
        }
        (0, adaptors_getEndpointFromInstructions.g)(getEndpointFromConfig);
        const resolveEndpointConfig = bindResolveEndpointConfig(getEndpointFromConfig);
        bindEndpointMiddleware(getEndpointFromConfig);
        const getEndpointPlugin = bindGetEndpointPlugin(getEndpointFromConfig);
    }),
    7436: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            g: () => bindGetEndpointFromInstructions,
            x: () => resolveParams
        });
        const resolveParamsForS3 = async endpointParams => {
            const bucket = endpointParams?.Bucket || "";
            if (typeof endpointParams.Bucket === "string") endpointParams.Bucket = bucket.replace(/#/g, encodeURIComponent("#")).replace(/\?/g, encodeURIComponent("?"));
            if (isArnBucketName(bucket)) {
                if (endpointParams.ForcePathStyle === true) throw new Error("Path-style addressing cannot be used with ARN buckets");
            } else if (!isDnsCompatibleBucketName(bucket) || bucket.indexOf(".") !== -1 && !String(endpointParams.Endpoint).startsWith("http:") || bucket.toLowerCase() !== bucket || bucket.length < 3) endpointParams.ForcePathStyle = true;
            if (endpointParams.DisableMultiRegionAccessPoints) {
                endpointParams.disableMultiRegionAccessPoints = true;
                endpointParams.DisableMRAP = true;
            }
            return endpointParams;
        };
        const DOMAIN_PATTERN = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
        const IP_ADDRESS_PATTERN = /(\d+\.){3}\d+/;
        const DOTS_PATTERN = /\.\./;
        const isDnsCompatibleBucketName = bucketName => DOMAIN_PATTERN.test(bucketName) && !IP_ADDRESS_PATTERN.test(bucketName) && !DOTS_PATTERN.test(bucketName);
        const isArnBucketName = bucketName => {
            const [arn, partition, service, , , bucket] = bucketName.split(":");
            const isArn = arn === "arn" && bucketName.split(":").length >= 6;
            const isValidArn = Boolean(isArn && partition && service && bucket);
            if (isArn && !isValidArn) throw new Error(`Invalid ARN: ${bucketName} was an invalid ARN.`);
            return isValidArn;
        };
        const createConfigValueProvider = (configKey, canonicalEndpointParamKey, config, isClientContextParam = false) => {
            const configProvider = async () => {
                let configValue;
                if (isClientContextParam) {
                    const clientContextParams = config.clientContextParams;
                    const nestedValue = clientContextParams?.[configKey];
                    configValue = nestedValue ?? config[configKey] ?? config[canonicalEndpointParamKey];
                } else configValue = config[configKey] ?? config[canonicalEndpointParamKey];
                if (typeof configValue === "function") return configValue();
                return configValue;
            };
            if (configKey === "credentialScope" || canonicalEndpointParamKey === "CredentialScope") return async () => {
                const credentials = typeof config.credentials === "function" ? await config.credentials() : config.credentials;
                const configValue = credentials?.credentialScope ?? credentials?.CredentialScope;
                return configValue;
            };
            if (configKey === "accountId" || canonicalEndpointParamKey === "AccountId") return async () => {
                const credentials = typeof config.credentials === "function" ? await config.credentials() : config.credentials;
                const configValue = credentials?.accountId ?? credentials?.AccountId;
                return configValue;
            };
            if (configKey === "endpoint" || canonicalEndpointParamKey === "endpoint") return async () => {
                if (config.isCustomEndpoint === false) return;
                const endpoint = await configProvider();
                if (endpoint && typeof endpoint === "object") {
                    if ("url" in endpoint) return endpoint.url.href;
                    if ("hostname" in endpoint) {
                        const {protocol: protocol, hostname: hostname, port: port, path: path} = endpoint;
                        return `${protocol}//${hostname}${port ? ":" + port : ""}${path}`;
                    }
                }
                return endpoint;
            };
            return configProvider;
        };
        var toEndpointV1 = __nccwpck_require__(3055);
        function bindGetEndpointFromInstructions(getEndpointFromConfig) {
            return async (commandInput, instructionsSupplier, clientConfig, context) => {
                if (!clientConfig.isCustomEndpoint && !clientConfig.ignoreConfiguredEndpointUrls) {
                    let endpointFromConfig;
                    if (clientConfig.serviceConfiguredEndpoint) endpointFromConfig = await clientConfig.serviceConfiguredEndpoint(); else endpointFromConfig = await getEndpointFromConfig(clientConfig.serviceId);
                    if (endpointFromConfig) {
                        clientConfig.endpoint = () => Promise.resolve((0, toEndpointV1.a)(endpointFromConfig));
                        clientConfig.isCustomEndpoint = true;
                        context?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from config: ${endpointFromConfig}`);
                    }
                }
                const endpointParams = await resolveParams(commandInput, instructionsSupplier, clientConfig);
                if (typeof clientConfig.endpointProvider !== "function") throw new Error("config.endpointProvider is not set.");
                const endpoint = clientConfig.endpointProvider(endpointParams, context);
                if (clientConfig.isCustomEndpoint && clientConfig.endpoint) {
                    const customEndpoint = await clientConfig.endpoint();
                    if (customEndpoint?.headers) {
                        endpoint.headers ??= {};
                        for (const [name, value] of Object.entries(customEndpoint.headers)) endpoint.headers[name] = Array.isArray(value) ? value : [ value ];
                    }
                }
                return endpoint;
            };
        }
        const resolveParams = async (commandInput, instructionsSupplier, clientConfig) => {
            const endpointParams = {};
            const instructions = instructionsSupplier?.getEndpointParameterInstructions?.() || {};
            for (const [name, instruction] of Object.entries(instructions)) switch (instruction.type) {
              case "staticContextParams":
                endpointParams[name] = instruction.value;
                break;

              case "contextParams":
                endpointParams[name] = commandInput[instruction.name];
                break;

              case "clientContextParams":
              case "builtInParams":
                endpointParams[name] = await createConfigValueProvider(instruction.name, name, clientConfig, instruction.type !== "builtInParams")();
                break;

              case "operationContextParams":
                endpointParams[name] = instruction.get(commandInput);
                break;

              default:
                throw new Error("Unrecognized endpoint parameter instruction: " + JSON.stringify(instruction));
            }
            if (Object.keys(instructions).length === 0) Object.assign(endpointParams, clientConfig);
            if (String(clientConfig.serviceId).toLowerCase() === "s3") await resolveParamsForS3(endpointParams);
            return endpointParams;
        };
    }),
    5258: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            d: () => BinaryDecisionDiagram
        });
        class BinaryDecisionDiagram {
            nodes;
            root;
            conditions;
            results;
            constructor(bdd, root, conditions, results) {
                this.nodes = bdd;
                this.root = root;
                this.conditions = conditions;
                this.results = results;
            }
            static from(bdd, root, conditions, results) {
                return new BinaryDecisionDiagram(bdd, root, conditions, results);
            }
        }
    }),
    8479: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            k: () => EndpointCache
        });
        class EndpointCache {
            capacity;
            data=new Map;
            parameters=[];
            constructor({size: size, params: params}) {
                this.capacity = size ?? 50;
                if (params) this.parameters = params;
            }
            get(endpointParams, resolver) {
                const key = this.hash(endpointParams);
                if (key === false) return resolver();
                if (!this.data.has(key)) {
                    if (this.data.size > this.capacity + 10) {
                        const keys = this.data.keys();
                        let i = 0;
                        while (true) {
                            const {value: value, done: done} = keys.next();
                            this.data.delete(value);
                            if (done || ++i > 10) break;
                        }
                    }
                    this.data.set(key, resolver());
                }
                return this.data.get(key);
            }
            size() {
                return this.data.size;
            }
            hash(endpointParams) {
                let buffer = "";
                const {parameters: parameters} = this;
                if (parameters.length === 0) return false;
                for (const param of parameters) {
                    const raw = endpointParams[param];
                    const val = raw == null ? "\0" : String(raw);
                    if (val.includes("|;")) return false;
                    buffer += val + "|;";
                }
                return buffer;
            }
        }
    }),
    7009: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            c: () => decideEndpoint
        });
        class EndpointError extends Error {
            constructor(message) {
                super(message);
                this.name = "EndpointError";
            }
        }
        const debugId = "endpoints";
        function toDebugString(input) {
            if (typeof input !== "object" || input == null) return input;
            if ("ref" in input) return `$${toDebugString(input.ref)}`;
            if ("fn" in input) return `${input.fn}(${(input.argv || []).map(toDebugString).join(", ")})`;
            return JSON.stringify(input, null, 2);
        }
        var customEndpointFunctions = __nccwpck_require__(1046);
        const booleanEquals = (value1, value2) => value1 === value2;
        function coalesce(...args) {
            for (const arg of args) if (arg != null) return arg;
            return;
        }
        const getAttrPathList = path => {
            const parts = path.split(".");
            const pathList = [];
            for (const part of parts) {
                const squareBracketIndex = part.indexOf("[");
                if (squareBracketIndex !== -1) {
                    if (part.indexOf("]") !== part.length - 1) throw new EndpointError(`Path: '${path}' does not end with ']'`);
                    const arrayIndex = part.slice(squareBracketIndex + 1, -1);
                    if (Number.isNaN(parseInt(arrayIndex))) throw new EndpointError(`Invalid array index: '${arrayIndex}' in path: '${path}'`);
                    if (squareBracketIndex !== 0) pathList.push(part.slice(0, squareBracketIndex));
                    pathList.push(arrayIndex);
                } else pathList.push(part);
            }
            return pathList;
        };
        const getAttr = (value, path) => getAttrPathList(path).reduce((acc, index) => {
            if (typeof acc !== "object") throw new EndpointError(`Index '${index}' in '${path}' not found in '${JSON.stringify(value)}'`); else if (Array.isArray(acc)) {
                const i = parseInt(index);
                return acc[i < 0 ? acc.length + i : i];
            }
            return acc[index];
        }, value);
        const isSet = value => value != null;
        var isValidHostLabel = __nccwpck_require__(4280);
        function ite(condition, trueValue, falseValue) {
            return condition ? trueValue : falseValue;
        }
        const not = value => !value;
        var EndpointURLScheme;
        (function(EndpointURLScheme) {
            EndpointURLScheme["HTTP"] = "http";
            EndpointURLScheme["HTTPS"] = "https";
        })(EndpointURLScheme || (EndpointURLScheme = {}));
        var isIpAddress = __nccwpck_require__(6676);
        const DEFAULT_PORTS = {
            [EndpointURLScheme.HTTP]: 80,
            [EndpointURLScheme.HTTPS]: 443
        };
        const parseURL = value => {
            const whatwgURL = (() => {
                try {
                    if (value instanceof URL) return value;
                    if (typeof value === "object" && "hostname" in value) {
                        const {hostname: hostname, port: port, protocol: protocol = "", path: path = "", query: query = {}} = value;
                        const url = new URL(`${protocol}//${hostname}${port ? `:${port}` : ""}${path}`);
                        url.search = Object.entries(query).map(([k, v]) => `${k}=${v}`).join("&");
                        return url;
                    }
                    return new URL(value);
                } catch (ignored) {
                    return null;
                }
            })();
            if (!whatwgURL) {
                console.error(`Unable to parse ${JSON.stringify(value)} as a whatwg URL.`);
                return null;
            }
            const urlString = whatwgURL.href;
            const {host: host, hostname: hostname, pathname: pathname, protocol: protocol, search: search} = whatwgURL;
            if (search) return null;
            const scheme = protocol.slice(0, -1);
            if (!Object.values(EndpointURLScheme).includes(scheme)) return null;
            const isIp = (0, isIpAddress.o)(hostname);
            const inputContainsDefaultPort = urlString.includes(`${host}:${DEFAULT_PORTS[scheme]}`) || typeof value === "string" && value.includes(`${host}:${DEFAULT_PORTS[scheme]}`);
            const authority = `${host}${inputContainsDefaultPort ? `:${DEFAULT_PORTS[scheme]}` : ``}`;
            return {
                scheme: scheme,
                authority: authority,
                path: pathname,
                normalizedPath: pathname.endsWith("/") ? pathname : `${pathname}/`,
                isIp: isIp
            };
        };
        function split(value, delimiter, limit) {
            if (limit === 1) return [ value ];
            if (value === "") return [ "" ];
            const parts = value.split(delimiter);
            if (limit === 0) return parts;
            return parts.slice(0, limit - 1).concat(parts.slice(1).join(delimiter));
        }
        const stringEquals = (value1, value2) => value1 === value2;
        const substring = (input, start, stop, reverse) => {
            if (input == null || start >= stop || input.length < stop || /[^\u0000-\u007f]/.test(input)) return null;
            if (!reverse) return input.substring(start, stop);
            return input.substring(input.length - stop, input.length - start);
        };
        const uriEncode = value => encodeURIComponent(value).replace(/[!*'()]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
        const endpointFunctions = {
            booleanEquals: booleanEquals,
            coalesce: coalesce,
            getAttr: getAttr,
            isSet: isSet,
            isValidHostLabel: isValidHostLabel.X,
            ite: ite,
            not: not,
            parseURL: parseURL,
            split: split,
            stringEquals: stringEquals,
            substring: substring,
            uriEncode: uriEncode
        };
        const evaluateTemplate = (template, options) => {
            const evaluatedTemplateArr = [];
            const {referenceRecord: referenceRecord, endpointParams: endpointParams} = options;
            let currentIndex = 0;
            while (currentIndex < template.length) {
                const openingBraceIndex = template.indexOf("{", currentIndex);
                if (openingBraceIndex === -1) {
                    evaluatedTemplateArr.push(template.slice(currentIndex));
                    break;
                }
                evaluatedTemplateArr.push(template.slice(currentIndex, openingBraceIndex));
                const closingBraceIndex = template.indexOf("}", openingBraceIndex);
                if (closingBraceIndex === -1) {
                    evaluatedTemplateArr.push(template.slice(openingBraceIndex));
                    break;
                }
                if (template[openingBraceIndex + 1] === "{" && template[closingBraceIndex + 1] === "}") {
                    evaluatedTemplateArr.push(template.slice(openingBraceIndex + 1, closingBraceIndex));
                    currentIndex = closingBraceIndex + 2;
                }
                const parameterName = template.substring(openingBraceIndex + 1, closingBraceIndex);
                if (parameterName.includes("#")) {
                    const [refName, attrName] = parameterName.split("#");
                    evaluatedTemplateArr.push(getAttr(referenceRecord[refName] ?? endpointParams[refName], attrName));
                } else evaluatedTemplateArr.push(referenceRecord[parameterName] ?? endpointParams[parameterName]);
                currentIndex = closingBraceIndex + 1;
            }
            return evaluatedTemplateArr.join("");
        };
        const getReferenceValue = ({ref: ref}, options) => options.referenceRecord[ref] ?? options.endpointParams[ref];
        const evaluateExpression = (obj, keyName, options) => {
            if (typeof obj === "string") return evaluateTemplate(obj, options); else if (obj["fn"]) return group.callFunction(obj, options); else if (obj["ref"]) return getReferenceValue(obj, options);
            throw new EndpointError(`'${keyName}': ${String(obj)} is not a string, function or reference.`);
        };
        const callFunction = ({fn: fn, argv: argv}, options) => {
            const evaluatedArgs = Array(argv.length);
            for (let i = 0; i < evaluatedArgs.length; ++i) {
                const arg = argv[i];
                if (typeof arg === "boolean" || typeof arg === "number") evaluatedArgs[i] = arg; else evaluatedArgs[i] = group.evaluateExpression(arg, "arg", options);
            }
            const namespaceSeparatorIndex = fn.indexOf(".");
            if (namespaceSeparatorIndex !== -1) {
                const namespaceFunctions = customEndpointFunctions.m[fn.slice(0, namespaceSeparatorIndex)];
                const customFunction = namespaceFunctions?.[fn.slice(namespaceSeparatorIndex + 1)];
                if (typeof customFunction === "function") return customFunction(...evaluatedArgs);
            }
            const callable = endpointFunctions[fn];
            if (typeof callable === "function") return callable(...evaluatedArgs);
            throw new Error(`function ${fn} not loaded in endpointFunctions.`);
        };
        const group = {
            evaluateExpression: evaluateExpression,
            callFunction: callFunction
        };
        const evaluateCondition = (condition, options) => {
            const {assign: assign} = condition;
            if (assign && assign in options.referenceRecord) throw new EndpointError(`'${assign}' is already defined in Reference Record.`);
            const value = callFunction(condition, options);
            options.logger?.debug?.(`${debugId} evaluateCondition: ${toDebugString(condition)} = ${toDebugString(value)}`);
            const result = value === "" ? true : !!value;
            if (assign != null) return {
                result: result,
                toAssign: {
                    name: assign,
                    value: value
                }
            };
            return {
                result: result
            };
        };
        const getEndpointHeaders = (headers, options) => Object.entries(headers ?? {}).reduce((acc, [headerKey, headerVal]) => {
            acc[headerKey] = headerVal.map(headerValEntry => {
                const processedExpr = evaluateExpression(headerValEntry, "Header value entry", options);
                if (typeof processedExpr !== "string") throw new EndpointError(`Header '${headerKey}' value '${processedExpr}' is not a string`);
                return processedExpr;
            });
            return acc;
        }, {});
        const getEndpointProperties = (properties, options) => Object.entries(properties).reduce((acc, [propertyKey, propertyVal]) => {
            acc[propertyKey] = getEndpointProperties_group.getEndpointProperty(propertyVal, options);
            return acc;
        }, {});
        const getEndpointProperty = (property, options) => {
            if (Array.isArray(property)) return property.map(propertyEntry => getEndpointProperty(propertyEntry, options));
            switch (typeof property) {
              case "string":
                return evaluateTemplate(property, options);

              case "object":
                if (property === null) throw new EndpointError(`Unexpected endpoint property: ${property}`);
                return getEndpointProperties_group.getEndpointProperties(property, options);

              case "boolean":
                return property;

              default:
                throw new EndpointError(`Unexpected endpoint property type: ${typeof property}`);
            }
        };
        const getEndpointProperties_group = {
            getEndpointProperty: getEndpointProperty,
            getEndpointProperties: getEndpointProperties
        };
        const getEndpointUrl = (endpointUrl, options) => {
            const expression = evaluateExpression(endpointUrl, "Endpoint URL", options);
            if (typeof expression === "string") try {
                return new URL(expression);
            } catch (error) {
                console.error(`Failed to construct URL with ${expression}`, error);
                throw error;
            }
            throw new EndpointError(`Endpoint URL must be a string, got ${typeof expression}`);
        };
        const RESULT = 1e8;
        const decideEndpoint = (bdd, options) => {
            const {nodes: nodes, root: root, results: results, conditions: conditions} = bdd;
            let ref = root;
            const referenceRecord = {};
            const closure = {
                referenceRecord: referenceRecord,
                endpointParams: options.endpointParams,
                logger: options.logger
            };
            while (ref !== 1 && ref !== -1 && ref < RESULT) {
                const node_i = 3 * (Math.abs(ref) - 1);
                const [condition_i, highRef, lowRef] = [ nodes[node_i], nodes[node_i + 1], nodes[node_i + 2] ];
                const [fn, argv, assign] = conditions[condition_i];
                const evaluation = evaluateCondition({
                    fn: fn,
                    assign: assign,
                    argv: argv
                }, closure);
                if (evaluation.toAssign) {
                    const {name: name, value: value} = evaluation.toAssign;
                    referenceRecord[name] = value;
                }
                ref = ref >= 0 === evaluation.result ? highRef : lowRef;
            }
            if (ref >= RESULT) {
                const result = results[ref - RESULT];
                if (result[0] === -1) {
                    const [, errorExpression] = result;
                    throw new EndpointError(evaluateExpression(errorExpression, "Error", closure));
                }
                const [url, properties, headers] = result;
                return {
                    url: getEndpointUrl(url, closure),
                    properties: getEndpointProperties(properties, closure),
                    headers: getEndpointHeaders(headers ?? {}, closure)
                };
            }
            throw new EndpointError(`No matching endpoint.`);
        };
    }),
    6676: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            o: () => isIpAddress
        });
        const IP_V4_REGEX = new RegExp(`^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$`);
        const isIpAddress = value => IP_V4_REGEX.test(value) || value.startsWith("[") && value.endsWith("]");
    }),
    1046: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            m: () => customEndpointFunctions
        });
        const customEndpointFunctions = {};
    }),
    4699: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            C: () => HttpBindingNormalizedSchema,
            K: () => getHttpOperationBindings
        });
        var _smithy_core_schema__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5125);
        var _smithy_core_schema__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4844);
        var _smithy_core_serde__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(412);
        const HTTP_BINDINGS = Symbol.for("@smithy/schema-x");
        class HttpBindingNormalizedSchema extends _smithy_core_schema__WEBPACK_IMPORTED_MODULE_0__.l1 {
            static identity=Symbol.for("@smithy/HttpBindingNormalizedSchema");
            identity=HttpBindingNormalizedSchema.identity;
            bindings;
            constructor(schema) {
                super(schema);
            }
            static of(schema) {
                const ns = _smithy_core_schema__WEBPACK_IMPORTED_MODULE_0__.l1.of(schema);
                if (ns.identity === HttpBindingNormalizedSchema.identity) return ns;
                const schemaCache = ns.isMemberSchema() ? ns : ns.getSchema();
                const cache = typeof schemaCache === "object" && schemaCache !== null ? schemaCache : ns;
                return cache[HTTP_BINDINGS] ??= new HttpBindingNormalizedSchema(ns);
            }
            getHttpBindingLocation(traits) {
                if (traits.httpPayload) return 36;
                if (traits.httpLabel) return 33;
                if (traits.httpHeader) return 38;
                if (typeof traits.httpPrefixHeaders === "string") return 39;
                if (traits.httpQuery) return 34;
                if (traits.httpQueryParams) return 35;
                if (traits.httpResponseCode) return 37;
                return 32;
            }
            getHttpBindingValue(location, traits, nested = false) {
                const raw = this.getSchema();
                const type = typeof raw === "number" ? raw & 255 : this.isListSchema() ? 64 : 255;
                const slot = location & 7;
                const media = traits.mediaType ? traits.mediaType === "application/json" || traits.mediaType.endsWith("+json") ? 2 : 1 : 0;
                const stream = traits.streaming || type === 42 ? this.isStructSchema() ? 2 : 1 : 0;
                const timestamp = type >= 4 && type <= 7 ? slot >= 6 ? 2 : slot > 0 && slot < 4 ? 1 : 0 : 0;
                let flags = type | media << 8 | (traits.idempotencyToken ? 1 : 0) << 10 | stream << 11 | (traits.sparse ? 1 : 0) << 13 | timestamp << 14 | (traits.hostLabel ? 1 : 0) << 17 | (location === 36 && typeof raw !== "object" ? 1 : 0) << 18;
                const category = type & 192;
                const collectionValue = slot & 2 && (category === 64 || !nested && slot & 1) ? this.getHttpBindingCollectionValue(location, traits) : void 0;
                const valueType = (collectionValue?.[1] ?? 0) & 255;
                flags |= (slot >= 6 && (valueType === 4 || valueType === 6) ? 1 : 0) << 16;
                return [ this, flags, collectionValue ];
            }
            getHttpBindingCollectionValue(location, traits = this.getMergedTraits()) {
                const valueSchema = HttpBindingNormalizedSchema.of(this.getValueSchema());
                return valueSchema.getHttpBindingValue(location, {
                    ...valueSchema.getMergedTraits(),
                    ...traits
                }, true);
            }
            getHttpBindings() {
                const source = this.getSchema();
                return typeof source !== "object" || source === null ? EMPTY_BINDINGS : this.bindings ??= buildHttpBindings(this);
            }
        }
        const buildHttpBindings = schema => {
            const bodyMemberNames = [];
            const bodyMemberSchemas = [];
            const requestBodyMemberNames = [];
            const requestBodyMemberSchemas = [];
            const memberBindings = [];
            const byName = {};
            const headers = {};
            const prefixHeaders = [];
            const responseBindings = {
                headers: headers,
                prefixHeaders: prefixHeaders
            };
            const bindings = {
                request: {
                    memberBindings: memberBindings,
                    byName: byName
                },
                response: {
                    bodyMemberNames: bodyMemberNames,
                    bindings: responseBindings
                }
            };
            const {request: request, response: response} = bindings;
            for (const [name, member] of schema.structIterator()) {
                const bindingSchema = HttpBindingNormalizedSchema.of(member);
                const traits = bindingSchema.getMergedTraits();
                const location = bindingSchema.getHttpBindingLocation(traits);
                const wireName = traits.httpHeader?.toLowerCase() ?? traits.httpPrefixHeaders?.toLowerCase() ?? traits.httpQuery;
                const value = bindingSchema.getHttpBindingValue(location, traits);
                const binding = [ name, value, location, wireName ];
                if (name === "__proto__") (0, _smithy_core_serde__WEBPACK_IMPORTED_MODULE_1__.T)(byName);
                byName[name] = binding;
                if (value[1] >> 10 & 1) request.hasIdempotency = true;
                memberBindings.push(binding);
                const slot = location & 7;
                if (slot === 0) {
                    requestBodyMemberNames.push(name);
                    requestBodyMemberSchemas.push(member);
                }
                if ((slot & 4) === 0) {
                    bodyMemberNames.push(name);
                    bodyMemberSchemas.push(member);
                } else if ((slot & 6) === 4) if (slot & 1) responseBindings.statusCode = binding; else {
                    responseBindings.payload = binding;
                    const type = value[1] & 255;
                    request.contentTypeInstruction = traits.mediaType ?? (type === 0 ? "text/plain" : type === 21 || type === 42 ? "application/octet-stream" : null);
                } else if (slot & 1) {
                    request.hasPrefixHeaders = true;
                    prefixHeaders.push(binding);
                } else {
                    if (wireName === "__proto__") (0, _smithy_core_serde__WEBPACK_IMPORTED_MODULE_1__.T)(headers);
                    headers[wireName] = binding;
                }
            }
            if (request.contentTypeInstruction === void 0 && requestBodyMemberNames.length) request.contentTypeInstruction = null;
            request.syntheticBodySchema = createBodySchema(schema, requestBodyMemberNames, requestBodyMemberSchemas);
            response.syntheticBodySchema = createBodySchema(schema, bodyMemberNames, bodyMemberSchemas);
            return bindings;
        };
        const buildPathSegments = path => {
            const segments = [];
            let offset = 0;
            for (const match of path.matchAll(/\{([^{}+]+)(\+)?\}/g)) {
                if (match.index > offset) segments.push([ path.slice(offset, match.index), 0 ]);
                segments.push([ match[1], match[2] ? 2 : 1 ]);
                offset = match.index + match[0].length;
            }
            if (segments.length && offset < path.length) segments.push([ path.slice(offset), 0 ]);
            return segments.length ? segments : void 0;
        };
        const buildHttpOperationBindings = schema => {
            const {http: http, endpoint: endpoint} = (0, _smithy_core_schema__WEBPACK_IMPORTED_MODULE_2__.c)(schema.traits ?? {});
            const [path, search] = http?.[1].split("?") ?? [];
            return [ http?.[0], path, search ? [ ...new URLSearchParams(search) ] : [], path ? buildPathSegments(path) : void 0, endpoint?.[0] ];
        };
        const EMPTY_BINDINGS = {
            request: {
                memberBindings: [],
                byName: {}
            },
            response: {
                bodyMemberNames: [],
                bindings: {
                    headers: {},
                    prefixHeaders: []
                }
            }
        };
        const getHttpOperationBindings = schema => schema[HTTP_BINDINGS] ??= buildHttpOperationBindings(schema);
        const createBodySchema = (schema, memberNames, memberSchemas) => {
            if (!memberNames.length) return;
            const source = schema.getSchema();
            const body = [ 3, source[1], source[2], schema.getMergedTraits(), memberNames, memberSchemas ];
            const required = source[6];
            const bodyRequired = required && memberNames.reduce((count, name) => count + (source[4].indexOf(name) < required ? 1 : 0), 0);
            if (bodyRequired) body[6] = bodyRequired;
            return body;
        };
    }),
    5676: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            s: () => HttpBindingProtocol
        });
        var httpRequest = __nccwpck_require__(9725);
        var hasOwn = __nccwpck_require__(2990);
        var sdk_stream_mixin = __nccwpck_require__(6494);
        function splitEvery(value, delimiter, numDelimiters) {
            if (numDelimiters <= 0 || !Number.isInteger(numDelimiters)) throw new Error("Invalid number of delimiters (" + numDelimiters + ") for splitEvery.");
            const segments = value.split(delimiter);
            if (numDelimiters === 1) return segments;
            const compoundSegments = [];
            let currentSegment = "";
            for (let i = 0; i < segments.length; i++) {
                if (currentSegment === "") currentSegment = segments[i]; else currentSegment += delimiter + segments[i];
                if ((i + 1) % numDelimiters === 0) {
                    compoundSegments.push(currentSegment);
                    currentSegment = "";
                }
            }
            if (currentSegment !== "") compoundSegments.push(currentSegment);
            return compoundSegments;
        }
        var split_header = __nccwpck_require__(9796);
        var HttpBindingNormalizedSchema = __nccwpck_require__(4699);
        var HttpProtocol = __nccwpck_require__(9133);
        var collect_stream_body = __nccwpck_require__(9620);
        var extended_encode_uri_component = __nccwpck_require__(979);
        class HttpBindingProtocol extends HttpProtocol.t {
            async serializeRequest(operationSchema, _input, context) {
                const input = _input && typeof _input === "object" ? _input : {};
                const query = {};
                const headers = {};
                const endpoint = await context.endpoint();
                const ns = HttpBindingNormalizedSchema.C.of(operationSchema?.input);
                const bindings = ns.getHttpBindings().request;
                const operation = (0, HttpBindingNormalizedSchema.K)(operationSchema);
                const request = new httpRequest.K({
                    query: query,
                    headers: headers
                });
                if (endpoint) {
                    this.updateServiceEndpoint(request, endpoint);
                    this.setHostPrefix(request, operationSchema, input, operation);
                    const [method, path, staticQuery] = operation;
                    if (method) {
                        request.method = method;
                        request.path = request.path === "/" ? path : request.path + path;
                        for (const [key, value] of staticQuery) query[key] = value;
                    }
                }
                request.query = query;
                const eventStream = this.serializeHttpBindings(input, request, bindings, operation);
                if (eventStream) request.body = await this.serializeEventStream({
                    eventStream: eventStream,
                    requestSchema: ns
                });
                return request;
            }
            serializeHttpBindings(input, request, bindings, operation) {
                const serializer = this.serializer;
                const directSerializer = typeof serializer.writeCodec === "function" ? serializer : void 0;
                const query = request.query;
                const headers = request.headers;
                const bodySchema = bindings.syntheticBodySchema;
                let hasBodyValue = false;
                let payload;
                let eventStream;
                let labels;
                const names = Object.getOwnPropertyNames(input);
                const prototype = Object.getPrototypeOf(input);
                const sparse = (prototype === Object.prototype || prototype === null) && !bindings.hasIdempotency && !bindings.hasPrefixHeaders && names.length * 2 < bindings.memberBindings.length;
                const length = sparse ? names.length : bindings.memberBindings.length;
                for (let i = 0; i < length; ++i) {
                    const binding = sparse ? (0, hasOwn.$)(bindings.byName, names[i]) ? bindings.byName[names[i]] : void 0 : bindings.memberBindings[i];
                    if (!binding) continue;
                    const value = binding[1];
                    const memberName = binding[0];
                    const memberNs = value[0];
                    const flags = value[1];
                    const collectionValue = value[2];
                    const location = binding[2];
                    const wireName = binding[3];
                    const inputMemberValue = input[memberName];
                    if (inputMemberValue == null && !(flags >> 10 & 1)) continue;
                    if (location === 36) {
                        const stream = flags >> 11 & 3;
                        if (stream) if (stream === 2) eventStream = inputMemberValue || void 0; else payload = inputMemberValue; else {
                            if (directSerializer) directSerializer.writeCodec(memberNs, inputMemberValue); else serializer.write(memberNs, inputMemberValue);
                            payload = serializer.flush();
                        }
                    } else if (location === 33 || location === 38) {
                        const serialized = this.serializeHttpValue(value, inputMemberValue, location, directSerializer);
                        if (location === 33) (labels ??= Object.create(null))[memberName] = serialized; else headers[wireName] = serialized;
                    } else if (location === 39) for (const key in inputMemberValue) {
                        if (!(0, hasOwn.$)(inputMemberValue, key)) continue;
                        const amalgam = wireName + key;
                        headers[amalgam.toLowerCase()] = this.serializeHttpValue(collectionValue, inputMemberValue[key], 38, directSerializer, directSerializer ? collectionValue[0] : [ collectionValue[0], {
                            httpHeader: amalgam
                        } ]);
                    } else if ((location & 62) === 34) this.serializeQuery(value, inputMemberValue, wireName, query, directSerializer); else hasBodyValue = true;
                }
                const operationPath = operation[1];
                const pathSegments = operation[3];
                if (operationPath && pathSegments && request.path.endsWith(operationPath)) request.path = request.path.slice(0, -operationPath.length) + this.serializePath(pathSegments, labels, bindings);
                if (hasBodyValue && bodySchema) {
                    if (directSerializer) directSerializer.writeCodec(bodySchema, input); else serializer.write(bodySchema, input);
                    payload = serializer.flush();
                }
                request.body = payload;
                return eventStream;
            }
            serializeQuery(value, data, wireName, query, directSerializer) {
                const [ns, flags, collectionValue] = value;
                const traits = directSerializer ? void 0 : ns.getMergedTraits();
                if (wireName === void 0) {
                    for (const key in data) {
                        if (!(0, hasOwn.$)(data, key) || key in query) continue;
                        if (!directSerializer) Object.assign(collectionValue[0].getMergedTraits(), {
                            ...traits,
                            httpQuery: key,
                            httpQueryParams: void 0
                        });
                        this.serializeQuery(collectionValue, data[key], key, query, directSerializer);
                    }
                    return;
                }
                if ((flags & 192) === 64) {
                    const buffer = [];
                    for (const item of data) {
                        const serialized = this.serializeHttpValue(collectionValue, item, 34, directSerializer, directSerializer ? collectionValue[0] : [ collectionValue[0], traits ]);
                        if (flags >> 13 & 1 || serialized !== void 0) buffer.push(serialized);
                    }
                    query[wireName] = buffer;
                } else query[wireName] = this.serializeHttpValue(value, data, 34, directSerializer, directSerializer ? ns : [ ns, traits ]);
            }
            serializeHttpValue(value, data, location, directSerializer, schema = value[0]) {
                const flags = value[1];
                const type = flags & 255;
                if (directSerializer && !(flags & 1792) && (type <= 2 || type === 17 || type === 19)) return String(data);
                if (directSerializer) directSerializer.writeHttpBinding(value, data, location); else this.serializer.write(schema, data);
                return this.serializer.flush();
            }
            serializePath(segments, labels, bindings) {
                let path = "";
                for (const [value, kind] of segments) {
                    if (kind === 0) {
                        path += value;
                        continue;
                    }
                    const replacement = labels?.[value];
                    if (replacement === void 0) {
                        if ((0, hasOwn.$)(bindings.byName, value) && bindings.byName[value][2] === 33) throw new Error(`No value provided for input HTTP label: ${value}.`);
                        path += `{${value}${kind === 2 ? "+" : ""}}`;
                    } else path += kind === 2 ? replacement.split("/").map(extended_encode_uri_component.$).join("/") : (0, 
                    extended_encode_uri_component.$)(replacement);
                }
                return path;
            }
            async deserializeResponse(operationSchema, context, response) {
                const deserializer = this.deserializer;
                const directDeserializer = typeof deserializer.readCodec === "function" ? deserializer : void 0;
                const ns = HttpBindingNormalizedSchema.C.of(operationSchema.output);
                const responseBindings = ns.getHttpBindings().response;
                const dataObject = {};
                if (response.statusCode >= 300) {
                    const bytes = await (0, collect_stream_body.P)(response.body, context);
                    if (bytes.byteLength > 0) Object.assign(dataObject, await deserializer.read(15, bytes));
                    await this.handleError(operationSchema, context, response, dataObject, this.deserializeMetadata(response));
                    throw new Error("@smithy/core/protocols - HTTP Protocol error handler failed to throw.");
                }
                const nonHttpBindingMembers = await this.deserializeHttpMessage(ns, context, response, dataObject);
                if (nonHttpBindingMembers.length) {
                    const bytes = await (0, collect_stream_body.P)(response.body, context);
                    if (bytes.byteLength > 0) {
                        const dataFromBody = await (directDeserializer ? directDeserializer.readCodec(responseBindings.syntheticBodySchema, bytes) : deserializer.read(responseBindings.syntheticBodySchema, bytes));
                        for (const member of nonHttpBindingMembers) if (dataFromBody[member] != null) dataObject[member] = dataFromBody[member];
                    }
                } else if (!responseBindings.bindings.payload) await (0, collect_stream_body.P)(response.body, context);
                dataObject.$metadata = this.deserializeMetadata(response);
                return dataObject;
            }
            async deserializeHttpMessage(schema, context, response, arg4, arg5) {
                const dataObject = arg4 instanceof Set ? arg5 : arg4;
                const deserializer = this.deserializer;
                const directDeserializer = typeof deserializer.readCodec === "function" ? deserializer : void 0;
                const ns = HttpBindingNormalizedSchema.C.of(schema);
                const {bodyMemberNames: bodyMemberNames, bindings: {payload: payload, statusCode: statusCode, headers: responseHeaders, prefixHeaders: prefixHeaders}} = ns.getHttpBindings().response;
                const headers = response.headers;
                if (payload) {
                    const [memberName, value] = payload;
                    const [memberSchema, flags] = value;
                    const stream = flags >> 11 & 3;
                    if (stream) if (stream === 2) dataObject[memberName] = await this.deserializeEventStream({
                        response: response,
                        responseSchema: ns
                    }); else dataObject[memberName] = (0, sdk_stream_mixin.c)(response.body); else if (response.body) {
                        const bytes = await (0, collect_stream_body.P)(response.body, context);
                        if (bytes.byteLength > 0) dataObject[memberName] = await (directDeserializer ? directDeserializer.readPayload(value, bytes) : deserializer.read(memberSchema, bytes));
                    }
                }
                for (const header in headers) {
                    if (!(0, hasOwn.$)(headers, header)) continue;
                    const lower = header.toLowerCase();
                    const headerValue = headers[header];
                    if (lower !== header) {
                        delete headers[header];
                        headers[lower] = headerValue;
                    }
                    const binding = (0, hasOwn.$)(responseHeaders, lower) ? responseHeaders[lower] : void 0;
                    if (!binding) continue;
                    const [memberName, [memberSchema, flags, collectionValue], , wireName] = binding;
                    if (collectionValue) {
                        const sections = flags >> 16 & 1 ? splitEvery(headerValue, ",", 2) : (0, split_header.G)(headerValue);
                        const list = [];
                        for (const section of sections) list.push(directDeserializer ? directDeserializer.readHttpBinding(collectionValue, section.trim(), 38) : await deserializer.read([ collectionValue[0], {
                            httpHeader: wireName
                        } ], section.trim()));
                        dataObject[memberName] = list;
                    } else dataObject[memberName] = directDeserializer ? directDeserializer.readHttpBinding(binding[1], headerValue, 38) : await deserializer.read(memberSchema, headerValue);
                }
                for (const [memberName, [, , collectionValue], , wireName] of prefixHeaders) {
                    dataObject[memberName] = {};
                    for (const header in headers) {
                        if (!(0, hasOwn.$)(headers, header)) continue;
                        if (!header.startsWith(wireName)) continue;
                        const headerValue = headers[header];
                        dataObject[memberName][header.slice(wireName.length)] = directDeserializer ? directDeserializer.readHttpBinding(collectionValue, headerValue, 38) : await deserializer.read([ collectionValue[0], {
                            httpHeader: header
                        } ], headerValue);
                    }
                }
                if (statusCode) dataObject[statusCode[0]] = response.statusCode;
                return bodyMemberNames;
            }
        }
    }),
    9133: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            t: () => HttpProtocol
        });
        var httpRequest = __nccwpck_require__(9725);
        var httpResponse = __nccwpck_require__(5401);
        var hasOwn = __nccwpck_require__(2990);
        function isValidHostname(hostname) {
            const hostPattern = /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/;
            return hostPattern.test(hostname);
        }
        var TypeRegistry = __nccwpck_require__(5629);
        var SerdeContext = __nccwpck_require__(5506);
        var HttpBindingNormalizedSchema = __nccwpck_require__(4699);
        class HttpProtocol extends SerdeContext.f {
            options;
            compositeErrorRegistry;
            constructor(options) {
                super();
                this.options = options;
                this.compositeErrorRegistry = new TypeRegistry.O(options.defaultNamespace);
                for (const etr of options.errorTypeRegistries ?? []) this.compositeErrorRegistry.copyFrom(etr);
            }
            getRequestType() {
                return httpRequest.K;
            }
            getResponseType() {
                return httpResponse.c;
            }
            setSerdeContext(serdeContext) {
                this.serdeContext = serdeContext;
                this.serializer.setSerdeContext(serdeContext);
                this.deserializer.setSerdeContext(serdeContext);
                if (this.getPayloadCodec()) this.getPayloadCodec().setSerdeContext(serdeContext);
            }
            updateServiceEndpoint(request, endpoint) {
                if ("url" in endpoint) {
                    request.protocol = endpoint.url.protocol;
                    request.hostname = endpoint.url.hostname;
                    request.port = endpoint.url.port ? Number(endpoint.url.port) : void 0;
                    request.path = endpoint.url.pathname;
                    request.fragment = endpoint.url.hash || void 0;
                    request.username = endpoint.url.username || void 0;
                    request.password = endpoint.url.password || void 0;
                    if (!request.query) request.query = {};
                    for (const [k, v] of endpoint.url.searchParams.entries()) request.query[k] = v;
                    if (endpoint.headers) for (const name in endpoint.headers) {
                        if (!(0, hasOwn.$)(endpoint.headers, name)) continue;
                        request.headers[name] = endpoint.headers[name].join(", ");
                    }
                    return request;
                } else {
                    request.protocol = endpoint.protocol;
                    request.hostname = endpoint.hostname;
                    request.port = endpoint.port ? Number(endpoint.port) : void 0;
                    request.path = endpoint.path;
                    request.query = {
                        ...endpoint.query
                    };
                    if (endpoint.headers) for (const name in endpoint.headers) {
                        if (!(0, hasOwn.$)(endpoint.headers, name)) continue;
                        request.headers[name] = endpoint.headers[name];
                    }
                    return request;
                }
            }
            setHostPrefix(request, operationSchema, input, operation = (0, HttpBindingNormalizedSchema.K)(operationSchema)) {
                if (this.serdeContext?.disableHostPrefix) return;
                const hostPrefix = operation[4];
                if (typeof hostPrefix !== "string") return;
                let resolvedHostPrefix = hostPrefix;
                for (const [name, [, flags]] of HttpBindingNormalizedSchema.C.of(operationSchema.input).getHttpBindings().request.memberBindings) {
                    if (!(flags >> 17 & 1)) continue;
                    const replacement = input[name];
                    if (typeof replacement !== "string") throw new Error(`@smithy/core/schema - ${name} in input must be a string as hostLabel.`);
                    resolvedHostPrefix = resolvedHostPrefix.replace(`{${name}}`, replacement);
                }
                request.hostname = resolvedHostPrefix + request.hostname;
                if (!isValidHostname(request.hostname)) throw new Error(`[${request.hostname}] is not a valid hostname.`);
            }
            deserializeMetadata(output) {
                return {
                    httpStatusCode: output.statusCode,
                    requestId: output.headers["x-amzn-requestid"] ?? output.headers["x-amzn-request-id"] ?? output.headers["x-amz-request-id"],
                    extendedRequestId: output.headers["x-amz-id-2"],
                    cfId: output.headers["x-amz-cf-id"]
                };
            }
            resolveError(name, namespaces, registries) {
                const defaultErrorSchema = [ -3, "", "Error", 0, [], [], 0 ];
                let schema;
                for (const registry of registries) for (const ns of namespaces) try {
                    if (ns === "*") schema = registry.getSchema(name); else schema = registry.getSchema(ns + "#" + name);
                    const errorCtor = registry.getErrorCtor(schema);
                    if (errorCtor) return [ schema, errorCtor, "modeled" ]; else {
                        const syntheticErrorSchema = registry.getBaseException();
                        if (syntheticErrorSchema) {
                            const syntheticErrorCtor = registry.getErrorCtor(syntheticErrorSchema);
                            if (syntheticErrorCtor) return [ schema, syntheticErrorCtor, "synthetic" ];
                        }
                    }
                } catch (ignored) {}
                for (const registry of registries) {
                    const syntheticErrorSchema = registry.getBaseException();
                    if (syntheticErrorSchema) {
                        const syntheticErrorCtor = registry.getErrorCtor(syntheticErrorSchema);
                        if (syntheticErrorCtor) return [ syntheticErrorSchema, syntheticErrorCtor, "synthetic" ];
                    }
                }
                return [ defaultErrorSchema, Error, "native" ];
            }
            async serializeEventStream({eventStream: eventStream, requestSchema: requestSchema, initialRequest: initialRequest}) {
                const eventStreamSerde = await this.loadEventStreamCapability();
                return eventStreamSerde.serializeEventStream({
                    eventStream: eventStream,
                    requestSchema: requestSchema,
                    initialRequest: initialRequest
                });
            }
            async deserializeEventStream({response: response, responseSchema: responseSchema, initialResponseContainer: initialResponseContainer}) {
                const eventStreamSerde = await this.loadEventStreamCapability();
                return eventStreamSerde.deserializeEventStream({
                    response: response,
                    responseSchema: responseSchema,
                    initialResponseContainer: initialResponseContainer
                });
            }
            async loadEventStreamCapability() {
                const {EventStreamSerde: EventStreamSerde, eventStreamSerdeProvider: eventStreamSerdeProvider} = await Promise.all([ __nccwpck_require__.e(460), __nccwpck_require__.e(221) ]).then(__nccwpck_require__.bind(__nccwpck_require__, 8628));
                const marshaller = this.resolveEventStreamMarshaller(eventStreamSerdeProvider);
                return new EventStreamSerde({
                    marshaller: marshaller,
                    serializer: this.serializer,
                    deserializer: this.deserializer,
                    serdeContext: this.serdeContext,
                    defaultContentType: this.getDefaultContentType(),
                    compositeErrorRegistry: this.compositeErrorRegistry
                });
            }
            getDefaultContentType() {
                throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missing.`);
            }
            async deserializeHttpMessage(schema, context, response, arg4, arg5) {
                return [];
            }
            getEventStreamMarshaller() {
                const context = this.serdeContext;
                if (!context.eventStreamMarshaller) throw new Error("@smithy/core - HttpProtocol: eventStreamMarshaller missing in serdeContext.");
                return context.eventStreamMarshaller;
            }
            resolveEventStreamMarshaller(importedProvider) {
                const context = this.serdeContext;
                if (context.eventStreamMarshaller) return context.eventStreamMarshaller;
                return importedProvider(this.serdeContext);
            }
        }
    }),
    5506: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            f: () => SerdeContext
        });
        class SerdeContext {
            serdeContext;
            setSerdeContext(serdeContext) {
                this.serdeContext = serdeContext;
            }
        }
    }),
    9620: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            P: () => collectBody
        });
        var _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7297);
        const collectBody = async (streamBody = new Uint8Array, context) => {
            if (streamBody instanceof Uint8Array) return _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__.Mu.mutate(streamBody);
            if (!streamBody) return _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__.Mu.mutate(new Uint8Array);
            const fromContext = context.streamCollector(streamBody);
            return _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__.Mu.mutate(await fromContext);
        };
    }),
    979: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            $: () => extendedEncodeURIComponent
        });
        function extendedEncodeURIComponent(str) {
            if (/^[\w.~-]+$/.test(str)) return str;
            return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
                return "%" + c.charCodeAt(0).toString(16).toUpperCase();
            });
        }
    }),
    7041: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            vK: () => getContentLengthPlugin
        });
        var _smithy_core_transport__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9725);
        const CONTENT_LENGTH_HEADER = "content-length";
        function contentLengthMiddleware(bodyLengthChecker) {
            return next => async args => {
                const request = args.request;
                if (_smithy_core_transport__WEBPACK_IMPORTED_MODULE_0__.K.isInstance(request)) {
                    const {body: body, headers: headers} = request;
                    if (body && Object.keys(headers).map(str => str.toLowerCase()).indexOf(CONTENT_LENGTH_HEADER) === -1) try {
                        const length = bodyLengthChecker(body);
                        if (length != null) request.headers = {
                            ...request.headers,
                            [CONTENT_LENGTH_HEADER]: String(length)
                        };
                    } catch (ignored) {}
                }
                return next({
                    ...args,
                    request: request
                });
            };
        }
        const contentLengthMiddlewareOptions = {
            step: "build",
            tags: [ "SET_CONTENT_LENGTH", "CONTENT_LENGTH" ],
            name: "contentLengthMiddleware",
            override: true
        };
        const getContentLengthPlugin = options => ({
            applyToStack: clientStack => {
                clientStack.add(contentLengthMiddleware(options.bodyLengthChecker), contentLengthMiddlewareOptions);
            }
        });
    }),
    274: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            e: () => getHttpHandlerExtensionConfiguration,
            j: () => resolveHttpHandlerRuntimeConfig
        });
        const getHttpHandlerExtensionConfiguration = runtimeConfig => {
            if (runtimeConfig.logger && runtimeConfig.logger.constructor?.name !== "NoOpLogger") runtimeConfig.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"), runtimeConfig.logger);
            if (runtimeConfig.defaultSocketTimeout) runtimeConfig.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"), runtimeConfig.defaultSocketTimeout);
            return {
                setHttpHandler(handler) {
                    runtimeConfig.requestHandler = handler;
                },
                httpHandler() {
                    return runtimeConfig.requestHandler;
                },
                updateHttpClientConfig(key, value) {
                    runtimeConfig.requestHandler?.updateHttpClientConfig(key, value);
                },
                httpHandlerConfigs() {
                    return runtimeConfig.requestHandler.httpHandlerConfigs();
                }
            };
        };
        const resolveHttpHandlerRuntimeConfig = httpHandlerExtensionConfiguration => ({
            requestHandler: httpHandlerExtensionConfiguration.httpHandler()
        });
    }),
    4671: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            k: () => FromStringShapeDeserializer
        });
        var split_header = __nccwpck_require__(9796);
        var fromBase64 = __nccwpck_require__(9700);
        const ddd = `(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?`;
        const mmm = `(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)`;
        const time = `(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?`;
        const date = `(\\d?\\d)`;
        const year = `(\\d{4})`;
        const RFC3339_WITH_OFFSET = new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/);
        const IMF_FIXDATE_NATIVE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/;
        const IMF_FIXDATE = new RegExp(`^${ddd}, ${date} ${mmm} ${year} ${time} GMT$`);
        const RFC_850_DATE = new RegExp(`^${ddd}, ${date}-${mmm}-(\\d\\d) ${time} GMT$`);
        const ASC_TIME = new RegExp(`^${ddd} ${mmm} ( [1-9]|\\d\\d) ${time} ${year}$`);
        const months = [ "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" ];
        const _parseEpochTimestamp = value => {
            if (value == null) return;
            let num = NaN;
            if (typeof value === "number") num = value; else if (typeof value === "string") {
                if (!/^-?\d*\.?\d+$/.test(value)) throw new TypeError(`parseEpochTimestamp - numeric string invalid.`);
                num = Number.parseFloat(value);
            } else if (typeof value === "object" && value.tag === 1) num = value.value;
            if (isNaN(num) || Math.abs(num) === 1 / 0) throw new TypeError("Epoch timestamps must be valid finite numbers.");
            return new Date(Math.round(num * 1e3));
        };
        const _parseRfc3339DateTimeWithOffset = value => {
            if (value == null) return;
            if (typeof value !== "string") throw new TypeError("RFC3339 timestamps must be strings");
            const matches = RFC3339_WITH_OFFSET.exec(value);
            if (!matches) throw new TypeError(`Invalid RFC3339 timestamp format ${value}`);
            const [, yearStr, monthStr, dayStr, hours, minutes, seconds, , ms, offsetStr] = matches;
            range(monthStr, 1, 12);
            range(dayStr, 1, 31);
            range(hours, 0, 23);
            range(minutes, 0, 59);
            range(seconds, 0, 60);
            const date = new Date(Date.UTC(Number(yearStr), Number(monthStr) - 1, Number(dayStr), Number(hours), Number(minutes), Number(seconds), Number(ms) ? Math.round(parseFloat(`0.${ms}`) * 1e3) : 0));
            date.setUTCFullYear(Number(yearStr));
            if (offsetStr.toUpperCase() != "Z") {
                const [, sign, offsetH, offsetM] = /([+-])(\d\d):(\d\d)/.exec(offsetStr) || [ void 0, "+", 0, 0 ];
                const scalar = sign === "-" ? 1 : -1;
                date.setTime(date.getTime() + scalar * (Number(offsetH) * 60 * 60 * 1e3 + Number(offsetM) * 60 * 1e3));
            }
            return date;
        };
        const _parseRfc7231DateTime = value => {
            if (value == null) return;
            if (typeof value !== "string") throw new TypeError("RFC7231 timestamps must be strings.");
            if (IMF_FIXDATE_NATIVE.test(value)) return new Date(value);
            let day;
            let month;
            let year;
            let hour;
            let minute;
            let second;
            let fraction;
            let matches;
            if (matches = IMF_FIXDATE.exec(value)) [, day, month, year, hour, minute, second, fraction] = matches; else if (matches = RFC_850_DATE.exec(value)) {
                [, day, month, year, hour, minute, second, fraction] = matches;
                year = (Number(year) + 1900).toString();
            } else if (matches = ASC_TIME.exec(value)) [, month, day, hour, minute, second, fraction, year] = matches;
            if (year && second) {
                const timestamp = Date.UTC(Number(year), months.indexOf(month), Number(day), Number(hour), Number(minute), Number(second), fraction ? Math.round(parseFloat(`0.${fraction}`) * 1e3) : 0);
                range(day, 1, 31);
                range(hour, 0, 23);
                range(minute, 0, 59);
                range(second, 0, 60);
                const date = new Date(timestamp);
                date.setUTCFullYear(Number(year));
                return date;
            }
            throw new TypeError(`Invalid RFC7231 date-time value ${value}.`);
        };
        function range(v, min, max) {
            const _v = Number(v);
            if (_v < min || _v > max) throw new Error(`Value ${_v} out of range [${min}, ${max}]`);
        }
        var toUtf8 = __nccwpck_require__(9809);
        var lazy_json = __nccwpck_require__(1899);
        var NumericValue = __nccwpck_require__(7004);
        var HttpBindingNormalizedSchema = __nccwpck_require__(4699);
        var SerdeContext = __nccwpck_require__(5506);
        class FromStringShapeDeserializer extends SerdeContext.f {
            settings;
            constructor(settings) {
                super();
                this.settings = settings;
            }
            read(_schema, data) {
                const ns = HttpBindingNormalizedSchema.C.of(_schema);
                const traits = ns.getMergedTraits();
                const location = ns.getHttpBindingLocation(traits);
                return this.readHttpBinding(ns.getHttpBindingValue(location, traits), data, location);
            }
            readHttpBinding([ns, flags, collectionValue], data, location) {
                const schema = flags & 255;
                if ((schema & 192) === 64) {
                    collectionValue ??= ns.getHttpBindingCollectionValue(location);
                    return (0, split_header.G)(data).map(item => this.readHttpBinding(collectionValue, item, location));
                }
                switch (schema) {
                  case 21:
                  case 42:
                    return (this.serdeContext?.base64Decoder ?? fromBase64.E)(data);

                  case 4:
                  case 5:
                  case 6:
                  case 7:
                    {
                        const bindingFormat = this.settings.httpBindings ? flags >> 14 & 3 : 0;
                        const format = this.settings.timestampFormat.useTrait && schema > 4 ? schema : bindingFormat ? bindingFormat + 4 : this.settings.timestampFormat.default;
                        switch (format) {
                          case 5:
                            return _parseRfc3339DateTimeWithOffset(data);

                          case 6:
                            return _parseRfc7231DateTime(data);

                          case 7:
                            return _parseEpochTimestamp(data);

                          default:
                            console.warn("Missing timestamp format, parsing value with Date constructor:", data);
                            return new Date(data);
                        }
                    }

                  case 0:
                    {
                        const media = flags >> 8 & 3;
                        if (!media) return data;
                        let intermediateValue = data;
                        if ((location & 6) === 6) intermediateValue = (this.serdeContext?.utf8Encoder ?? toUtf8.P)((this.serdeContext?.base64Decoder ?? fromBase64.E)(intermediateValue));
                        return media === 2 ? lazy_json.A.from(intermediateValue) : intermediateValue;
                    }

                  case 1:
                    return Number(data);

                  case 2:
                    return data.toLowerCase() === "true";

                  case 17:
                    return BigInt(data);

                  case 19:
                    return new NumericValue.D(data, "bigDecimal");

                  default:
                    return data;
                }
            }
        }
    }),
    6214: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            z: () => HttpInterceptingShapeDeserializer
        });
        var _smithy_core_serde__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9809);
        var _smithy_core_serde__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7332);
        var _HttpBindingNormalizedSchema__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4699);
        var _SerdeContext__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5506);
        var _FromStringShapeDeserializer__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4671);
        class HttpInterceptingShapeDeserializer extends _SerdeContext__WEBPACK_IMPORTED_MODULE_0__.f {
            codecDeserializer;
            stringDeserializer;
            constructor(codecDeserializer, codecSettings) {
                super();
                this.codecDeserializer = codecDeserializer;
                this.stringDeserializer = new _FromStringShapeDeserializer__WEBPACK_IMPORTED_MODULE_1__.k(codecSettings);
            }
            setSerdeContext(serdeContext) {
                this.stringDeserializer.setSerdeContext(serdeContext);
                this.codecDeserializer.setSerdeContext(serdeContext);
                this.serdeContext = serdeContext;
            }
            read(schema, data) {
                const ns = _HttpBindingNormalizedSchema__WEBPACK_IMPORTED_MODULE_2__.C.of(schema);
                const traits = ns.getMergedTraits();
                if (traits.httpHeader || traits.httpResponseCode) {
                    const value = ns.getHttpBindingValue(38, traits);
                    return this.readHttpBinding(value, data, 38);
                }
                if (traits.httpPayload) return this.readPayload(ns.getHttpBindingValue(36, traits), data);
                return this.readCodec(ns, data);
            }
            readHttpBinding(binding, data, location) {
                const value = typeof data === "string" ? data : (this.serdeContext?.utf8Encoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_3__.P)(data);
                return this.stringDeserializer.readHttpBinding(binding, value, location);
            }
            readPayload([schema, flags], data) {
                const type = flags & 255;
                if (type === 21 || type === 42) return typeof data === "string" ? (this.serdeContext?.utf8Decoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_4__.a)(data) : data;
                if (type === 0) return typeof data === "string" ? data : (this.serdeContext?.utf8Encoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_3__.P)(data);
                return this.readCodec(schema, data);
            }
            readCodec(schema, data) {
                return this.codecDeserializer.read(schema, data);
            }
        }
    }),
    1547: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            _: () => HttpInterceptingShapeSerializer
        });
        var HttpBindingNormalizedSchema = __nccwpck_require__(4699);
        var date_utils = __nccwpck_require__(5393);
        var toBase64 = __nccwpck_require__(7305);
        function quoteHeader(part) {
            if (part.includes(",") || part.includes('"')) part = `"${part.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
            return part;
        }
        var lazy_json = __nccwpck_require__(1899);
        var serde = __nccwpck_require__(7297);
        var SerdeContext = __nccwpck_require__(5506);
        class ToStringShapeSerializer extends SerdeContext.f {
            settings;
            stringBuffer="";
            constructor(settings) {
                super();
                this.settings = settings;
            }
            write(schema, value) {
                const ns = HttpBindingNormalizedSchema.C.of(schema);
                const traits = ns.getMergedTraits();
                const location = ns.getHttpBindingLocation(traits);
                this.writeHttpBinding(ns.getHttpBindingValue(location, traits), value, location);
            }
            writeHttpBinding([ns, flags, collectionValue], value, location) {
                const schema = flags & 255;
                switch (typeof value) {
                  case "object":
                    if (value === null) {
                        this.stringBuffer = "null";
                        return;
                    }
                    if (schema >= 4 && schema <= 7) {
                        if (!(value instanceof Date)) throw new Error(`@smithy/core/protocols - received non-Date value ${value} when schema expected Date in ${ns.getName(true)}`);
                        const bindingFormat = this.settings.httpBindings ? flags >> 14 & 3 : 0;
                        const format = this.settings.timestampFormat.useTrait && schema > 4 ? schema : bindingFormat ? bindingFormat + 4 : this.settings.timestampFormat.default;
                        switch (format) {
                          case 5:
                            this.stringBuffer = value.toISOString().replace(".000Z", "Z");
                            break;

                          case 6:
                            this.stringBuffer = (0, date_utils.JV)(value);
                            break;

                          case 7:
                            this.stringBuffer = String(value.getTime() / 1e3);
                            break;

                          default:
                            console.warn("Missing timestamp format, using epoch seconds", value);
                            this.stringBuffer = String(value.getTime() / 1e3);
                        }
                        return;
                    }
                    if ((schema === 21 || schema === 42) && "byteLength" in value) {
                        this.stringBuffer = (this.serdeContext?.base64Encoder ?? toBase64.n)(value);
                        return;
                    }
                    if ((schema & 192) === 64 && Array.isArray(value)) {
                        collectionValue ??= ns.getHttpBindingCollectionValue(location);
                        const valueSchemaType = collectionValue[1] & 255;
                        const isTimestamp = valueSchemaType >= 4 && valueSchemaType <= 7;
                        let buffer = "";
                        for (const item of value) {
                            this.writeHttpBinding(collectionValue, item, location);
                            const headerItem = this.flush();
                            if (buffer) buffer += ", ";
                            buffer += isTimestamp ? headerItem : quoteHeader(headerItem);
                        }
                        this.stringBuffer = buffer;
                        return;
                    }
                    this.stringBuffer = JSON.stringify(value, null, 2);
                    break;

                  case "string":
                    const media = flags >> 8 & 3;
                    let intermediateValue = value;
                    if (media === 2) intermediateValue = lazy_json.A.from(intermediateValue);
                    if (media && (location & 6) === 6) {
                        this.stringBuffer = (this.serdeContext?.base64Encoder ?? toBase64.n)(intermediateValue.toString());
                        return;
                    }
                    this.stringBuffer = value;
                    break;

                  default:
                    this.stringBuffer = flags >> 10 & 1 ? (0, serde.ec)() : String(value);
                }
            }
            flush() {
                const buffer = this.stringBuffer;
                this.stringBuffer = "";
                return buffer;
            }
        }
        class HttpInterceptingShapeSerializer {
            codecSerializer;
            stringSerializer;
            buffer;
            constructor(codecSerializer, codecSettings, stringSerializer = new ToStringShapeSerializer(codecSettings)) {
                this.codecSerializer = codecSerializer;
                this.stringSerializer = stringSerializer;
            }
            setSerdeContext(serdeContext) {
                this.codecSerializer.setSerdeContext(serdeContext);
                this.stringSerializer.setSerdeContext(serdeContext);
            }
            write(schema, value) {
                const ns = HttpBindingNormalizedSchema.C.of(schema);
                const traits = ns.getMergedTraits();
                if (traits.httpHeader || traits.httpLabel || traits.httpQuery) {
                    const location = ns.getHttpBindingLocation(traits);
                    this.writeHttpBinding(ns.getHttpBindingValue(location, traits), value, location);
                    return;
                }
                this.writeCodec(ns, value);
            }
            writeHttpBinding(binding, value, location) {
                this.stringSerializer.writeHttpBinding(binding, value, location);
                this.buffer = this.stringSerializer.flush();
            }
            writeCodec(schema, value) {
                this.codecSerializer.write(schema, value);
            }
            flush() {
                if (this.buffer !== void 0) {
                    const buffer = this.buffer;
                    this.buffer = void 0;
                    return buffer;
                }
                return this.codecSerializer.flush();
            }
        }
    }),
    3888: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            V: () => determineTimestampFormat
        });
        function determineTimestampFormat(ns, settings) {
            if (settings.timestampFormat.useTrait) {
                const schema = ns.getSchema();
                if (schema === 5 || schema === 6 || schema === 7) return schema;
            }
            const {httpLabel: httpLabel, httpPrefixHeaders: httpPrefixHeaders, httpHeader: httpHeader, httpQuery: httpQuery} = ns.getMergedTraits();
            const bindingFormat = settings.httpBindings ? typeof httpPrefixHeaders === "string" || Boolean(httpHeader) ? 6 : Boolean(httpQuery) || Boolean(httpLabel) ? 5 : void 0 : void 0;
            return bindingFormat ?? settings.timestampFormat.default;
        }
    }),
    6856: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            o: () => escapeUri
        });
        const escapeUri = uri => encodeURIComponent(uri).replace(/[!'()*]/g, hexEncode);
        const hexEncode = c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;
    }),
    2122: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            ey: () => getRetryPlugin
        });
        var external_node_stream_ = __nccwpck_require__(7075);
        const isStreamingPayload = request => request?.body instanceof external_node_stream_.Readable || typeof ReadableStream !== "undefined" && request?.body instanceof ReadableStream;
        var NoOpLogger = __nccwpck_require__(7545);
        var httpRequest = __nccwpck_require__(9725);
        var serde = __nccwpck_require__(7297);
        var middleware = __nccwpck_require__(7418);
        var service_error_classification = __nccwpck_require__(6878);
        const race = (promise, signal) => {
            if (!signal) return promise;
            let cleanup = () => {};
            const aborted = new Promise((_, reject) => {
                const handler = () => reject(createAbortError(signal));
                if (signal.aborted) handler(); else if (typeof signal.addEventListener === "function") {
                    signal.addEventListener("abort", handler, {
                        once: true
                    });
                    cleanup = () => signal.removeEventListener("abort", handler);
                } else signal.onabort = handler;
            });
            return Promise.race([ promise, aborted ]).finally(cleanup);
        };
        const createAbortError = signal => {
            const reason = signal.reason;
            if (reason instanceof Error) return Object.assign(new Error("Request aborted"), {
                name: "AbortError",
                cause: reason
            });
            return Object.assign(new Error(reason ? String(reason) : "Request aborted"), {
                name: "AbortError"
            });
        };
        const isAbortError = error => typeof error === "object" && error !== null && "name" in error && error.name === "AbortError";
        var constants = __nccwpck_require__(2814);
        var hasOwn = __nccwpck_require__(2990);
        var httpResponse = __nccwpck_require__(5401);
        var date_utils = __nccwpck_require__(5393);
        function parseRetryAfterHeader(response, logger) {
            if (!httpResponse.c.isInstance(response)) return;
            for (const header in response.headers) {
                if (!(0, hasOwn.$)(response.headers, header)) continue;
                const h = header.toLowerCase();
                if (h === "retry-after") {
                    const retryAfter = response.headers[header];
                    let retryAfterSeconds = NaN;
                    if (retryAfter.endsWith("GMT")) try {
                        const date = (0, date_utils.xE)(retryAfter);
                        retryAfterSeconds = (date.getTime() - Date.now()) / 1e3;
                    } catch (e) {
                        logger?.trace?.("Failed to parse retry-after header");
                        logger?.trace?.(e);
                    } else if (retryAfter.match(/ GMT, ((\d+)|(\d+\.\d+))$/)) retryAfterSeconds = Number(retryAfter.match(/ GMT, ([\d.]+)$/)?.[1]); else if (retryAfter.match(/^((\d+)|(\d+\.\d+))$/)) retryAfterSeconds = Number(retryAfter); else if (Date.parse(retryAfter) >= Date.now()) retryAfterSeconds = (Date.parse(retryAfter) - Date.now()) / 1e3;
                    if (isNaN(retryAfterSeconds)) return;
                    return new Date(Date.now() + retryAfterSeconds * 1e3);
                } else if (h === "x-amz-retry-after") {
                    const v = response.headers[header];
                    const backoffMilliseconds = Number(v);
                    if (isNaN(backoffMilliseconds)) {
                        logger?.trace?.(`Failed to parse x-amz-retry-after=${v}`);
                        return;
                    }
                    return new Date(Date.now() + backoffMilliseconds);
                }
            }
        }
        const asSdkError = error => {
            if (error instanceof Error) return error;
            if (error instanceof Object) return Object.assign(new Error, error);
            if (typeof error === "string") return new Error(error);
            return new Error(`AWS SDK error wrapper for ${error}`);
        };
        function bindRetryMiddleware(isStreamingPayload) {
            return options => (next, context) => async args => {
                let retryStrategy = await options.retryStrategy();
                const maxAttempts = await options.maxAttempts();
                const abortSignal = context[middleware.V]?.abortSignal;
                if (isRetryStrategyV2(retryStrategy)) {
                    const retryTokenScope = (context["partition_id"] ?? "") + (context.__retryLongPoll ? ":longpoll" : "");
                    let retryToken = await race(retryStrategy.acquireInitialRetryToken(retryTokenScope), abortSignal);
                    let lastError = new Error;
                    let attempts = 0;
                    let totalRetryDelay = 0;
                    const {request: request} = args;
                    const isRequest = httpRequest.K.isInstance(request);
                    if (isRequest) request.headers[constants.l5] = (0, serde.v4)();
                    while (true) try {
                        if (isRequest) request.headers[constants.ok] = `attempt=${attempts + 1}; max=${maxAttempts}`;
                        const {response: response, output: output} = await next(args);
                        retryStrategy.recordSuccess(retryToken);
                        output.$metadata.attempts = attempts + 1;
                        output.$metadata.totalRetryDelay = totalRetryDelay;
                        return {
                            response: response,
                            output: output
                        };
                    } catch (e) {
                        const retryErrorInfo = getRetryErrorInfo(e, options.logger);
                        lastError = asSdkError(e);
                        if (isRequest && isStreamingPayload(request)) {
                            (context.logger instanceof NoOpLogger.N ? console : context.logger)?.warn("An error was encountered in a non-retryable streaming request.");
                            throw lastError;
                        }
                        try {
                            if (abortSignal?.aborted) throw lastError;
                            retryToken = await race(retryStrategy.refreshRetryTokenForRetry(retryToken, retryErrorInfo), abortSignal);
                        } catch (refreshError) {
                            if (refreshError !== lastError && abortSignal?.aborted && isAbortError(refreshError)) throw refreshError;
                            if (!lastError.$metadata) lastError.$metadata = {};
                            lastError.$metadata.attempts = attempts + 1;
                            lastError.$metadata.totalRetryDelay = totalRetryDelay;
                            throw lastError;
                        }
                        attempts = retryToken.getRetryCount();
                        const delay = retryToken.getRetryDelay();
                        totalRetryDelay += (retryToken?.$retryLog?.acquisitionDelay ?? 0) + delay;
                        if (delay > 0) await race(new Promise(resolve => setTimeout(resolve, delay)), abortSignal);
                    }
                } else {
                    if (retryStrategy?.mode) context.userAgent = [ ...context.userAgent || [], [ "cfg/retry-mode", retryStrategy.mode ] ];
                    return retryStrategy.retry(next, args);
                }
            };
        }
        const isRetryStrategyV2 = retryStrategy => typeof retryStrategy.acquireInitialRetryToken !== "undefined" && typeof retryStrategy.refreshRetryTokenForRetry !== "undefined" && typeof retryStrategy.recordSuccess !== "undefined";
        const getRetryErrorInfo = (error, logger) => {
            const errorInfo = {
                error: error,
                errorType: getRetryErrorType(error)
            };
            const retryAfterHint = parseRetryAfterHeader(error.$response, logger);
            if (retryAfterHint) errorInfo.retryAfterHint = retryAfterHint;
            return errorInfo;
        };
        const getRetryErrorType = error => {
            if ((0, service_error_classification.Qb)(error)) return "THROTTLING";
            if ((0, service_error_classification.bV)(error)) return "TRANSIENT";
            if ((0, service_error_classification.GQ)(error)) return "SERVER_ERROR";
            return "CLIENT_ERROR";
        };
        const retryMiddlewareOptions = {
            name: "retryMiddleware",
            tags: [ "RETRY" ],
            step: "finalizeRequest",
            priority: "high",
            override: true
        };
        function bindGetRetryPlugin(isStreamingPayload) {
            const retryMiddleware = bindRetryMiddleware(isStreamingPayload);
            return options => ({
                applyToStack: clientStack => {
                    clientStack.add(retryMiddleware(options), retryMiddlewareOptions);
                }
            });
        }
        bindRetryMiddleware(isStreamingPayload);
        const getRetryPlugin = bindGetRetryPlugin(isStreamingPayload);
    }),
    7760: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            qs: () => NODE_MAX_ATTEMPT_CONFIG_OPTIONS,
            kN: () => NODE_RETRY_MODE_CONFIG_OPTIONS,
            $z: () => resolveRetryConfig
        });
        var normalizeProvider = __nccwpck_require__(9362);
        var service_error_classification = __nccwpck_require__(6878);
        class DefaultRateLimiter {
            static setTimeoutFn=(fn, delay) => setTimeout(fn, delay);
            beta;
            minCapacity;
            minFillRate;
            scaleConstant;
            smooth;
            enabled=false;
            availableTokens=0;
            lastMaxRate=0;
            measuredTxRate=0;
            requestCount=0;
            fillRate;
            lastThrottleTime;
            lastTimestamp=0;
            lastTxRateBucket;
            maxCapacity;
            timeWindow=0;
            constructor(options) {
                this.beta = options?.beta ?? .7;
                this.minCapacity = options?.minCapacity ?? 1;
                this.minFillRate = options?.minFillRate ?? .5;
                this.scaleConstant = options?.scaleConstant ?? .4;
                this.smooth = options?.smooth ?? .8;
                this.lastThrottleTime = this.getCurrentTimeInSeconds();
                this.lastTxRateBucket = Math.floor(this.getCurrentTimeInSeconds());
                this.fillRate = this.minFillRate;
                this.maxCapacity = this.minCapacity;
            }
            async getSendToken() {
                return this.acquireTokenBucket(1);
            }
            updateClientSendingRate(response) {
                let calculatedRate;
                this.updateMeasuredRate();
                const retryErrorInfo = response;
                const isThrottling = retryErrorInfo?.errorType === "THROTTLING" || (0, service_error_classification.Qb)(retryErrorInfo?.error ?? response);
                if (isThrottling) {
                    const rateToUse = !this.enabled ? this.measuredTxRate : Math.min(this.measuredTxRate, this.fillRate);
                    this.lastMaxRate = rateToUse;
                    this.calculateTimeWindow();
                    this.lastThrottleTime = this.getCurrentTimeInSeconds();
                    calculatedRate = this.cubicThrottle(rateToUse);
                    this.enableTokenBucket();
                } else {
                    this.calculateTimeWindow();
                    calculatedRate = this.cubicSuccess(this.getCurrentTimeInSeconds());
                }
                const newRate = Math.min(calculatedRate, 2 * this.measuredTxRate);
                this.updateTokenBucketRate(newRate);
            }
            getCurrentTimeInSeconds() {
                return Date.now() / 1e3;
            }
            async acquireTokenBucket(amount) {
                if (!this.enabled) return;
                this.refillTokenBucket();
                while (amount > this.availableTokens) {
                    const delay = (amount - this.availableTokens) / this.fillRate * 1e3;
                    await new Promise(resolve => DefaultRateLimiter.setTimeoutFn(resolve, delay));
                    this.refillTokenBucket();
                }
                this.availableTokens = this.availableTokens - amount;
            }
            refillTokenBucket() {
                const timestamp = this.getCurrentTimeInSeconds();
                if (!this.lastTimestamp) {
                    this.lastTimestamp = timestamp;
                    return;
                }
                const fillAmount = (timestamp - this.lastTimestamp) * this.fillRate;
                this.availableTokens = Math.min(this.maxCapacity, this.availableTokens + fillAmount);
                this.lastTimestamp = timestamp;
            }
            calculateTimeWindow() {
                this.timeWindow = this.getPrecise(Math.pow(this.lastMaxRate * (1 - this.beta) / this.scaleConstant, 1 / 3));
            }
            cubicThrottle(rateToUse) {
                return this.getPrecise(rateToUse * this.beta);
            }
            cubicSuccess(timestamp) {
                return this.getPrecise(this.scaleConstant * Math.pow(timestamp - this.lastThrottleTime - this.timeWindow, 3) + this.lastMaxRate);
            }
            enableTokenBucket() {
                this.enabled = true;
            }
            updateTokenBucketRate(newRate) {
                this.refillTokenBucket();
                this.fillRate = Math.max(newRate, this.minFillRate);
                this.maxCapacity = Math.max(newRate, this.minCapacity);
                this.availableTokens = Math.min(this.availableTokens, this.maxCapacity);
            }
            updateMeasuredRate() {
                const t = this.getCurrentTimeInSeconds();
                const timeBucket = Math.floor(t * 2) / 2;
                this.requestCount++;
                if (timeBucket > this.lastTxRateBucket) {
                    const currentRate = this.requestCount / (timeBucket - this.lastTxRateBucket);
                    this.measuredTxRate = this.getPrecise(currentRate * this.smooth + this.measuredTxRate * (1 - this.smooth));
                    this.requestCount = 0;
                    this.lastTxRateBucket = timeBucket;
                }
            }
            getPrecise(num) {
                return parseFloat(num.toFixed(8));
            }
        }
        var constants = __nccwpck_require__(2814);
        class Retry {
            static v2026=true;
            static delay() {
                return 50;
            }
            static throttlingDelay() {
                return 1e3;
            }
            static cost() {
                return 14;
            }
            static throttlingCost() {
                return 5;
            }
            static modifiedCostType() {
                return "THROTTLING";
            }
        }
        class DefaultRetryBackoffStrategy {
            x=Retry.delay();
            computeNextBackoffDelay(i) {
                const b = Math.random();
                const r = 2;
                const t_i = b * Math.min(this.x * r ** i, constants.G8);
                return Math.floor(t_i);
            }
            setDelayBase(delay) {
                this.x = delay;
            }
        }
        class DefaultRetryToken {
            delay;
            count;
            cost;
            longPoll;
            $retryLog={
                acquisitionDelay: 0
            };
            constructor(delay, count, cost, longPoll) {
                this.delay = delay;
                this.count = count;
                this.cost = cost;
                this.longPoll = longPoll;
            }
            getRetryCount() {
                return this.count;
            }
            getRetryDelay() {
                return Math.min(constants.G8, this.delay);
            }
            getRetryCost() {
                return this.cost;
            }
            isLongPoll() {
                return this.longPoll;
            }
        }
        var config = __nccwpck_require__(4353);
        const refusal = {
            incompatible: 1,
            attempts: 2,
            capacity: 3
        };
        class StandardRetryStrategy {
            mode=config.cm.STANDARD;
            retryBackoffStrategy;
            capacity=constants.Df;
            maxAttemptsProvider;
            baseDelay;
            constructor(arg1) {
                if (typeof arg1 === "number") this.maxAttemptsProvider = async () => arg1; else if (typeof arg1 === "function") this.maxAttemptsProvider = arg1; else if (arg1 && typeof arg1 === "object") {
                    this.maxAttemptsProvider = async () => arg1.maxAttempts;
                    this.baseDelay = arg1.baseDelay;
                    this.retryBackoffStrategy = arg1.backoff;
                }
                this.maxAttemptsProvider ??= async () => config.Gz;
                this.baseDelay ??= Retry.delay();
                this.retryBackoffStrategy ??= new DefaultRetryBackoffStrategy;
            }
            async acquireInitialRetryToken(retryTokenScope) {
                return new DefaultRetryToken(Retry.delay(), 0, void 0, retryTokenScope.includes(":longpoll"));
            }
            async refreshRetryTokenForRetry(token, errorInfo) {
                const maxAttempts = await this.getMaxAttempts();
                const retryCode = this.retryCode(token, errorInfo, maxAttempts);
                const shouldRetry = retryCode === 0;
                const isLongPoll = token.isLongPoll?.();
                if (shouldRetry || isLongPoll) {
                    const errorType = errorInfo.errorType;
                    this.retryBackoffStrategy.setDelayBase(errorType === "THROTTLING" ? Retry.throttlingDelay() : this.baseDelay);
                    const delayFromErrorType = this.retryBackoffStrategy.computeNextBackoffDelay(token.getRetryCount());
                    let retryDelay = delayFromErrorType;
                    if (errorInfo.retryAfterHint instanceof Date) retryDelay = Math.max(delayFromErrorType, Math.min(errorInfo.retryAfterHint.getTime() - Date.now(), delayFromErrorType + 5e3));
                    if (!shouldRetry) {
                        const longPollBackoff = retryCode === refusal.capacity && isLongPoll ? retryDelay : 0;
                        if (longPollBackoff > 0) await new Promise(r => setTimeout(r, longPollBackoff));
                    } else {
                        const capacityCost = this.getCapacityCost(errorType);
                        this.capacity -= capacityCost;
                        const nextToken = new DefaultRetryToken(0, token.getRetryCount() + 1, capacityCost, token.isLongPoll?.() ?? false);
                        await new Promise(r => setTimeout(r, retryDelay));
                        nextToken.$retryLog.acquisitionDelay = retryDelay;
                        return nextToken;
                    }
                }
                throw new Error("No retry token available");
            }
            recordSuccess(token) {
                this.capacity = Math.min(constants.Df, this.capacity + (token.getRetryCost() ?? constants.XP));
            }
            getCapacity() {
                return this.capacity;
            }
            async maxAttempts() {
                return this.maxAttemptsProvider();
            }
            async getMaxAttempts() {
                try {
                    return await this.maxAttemptsProvider();
                } catch (ignored) {
                    console.warn(`Max attempts provider could not resolve. Using default of ${config.Gz}`);
                    return config.Gz;
                }
            }
            retryCode(tokenToRenew, errorInfo, maxAttempts) {
                const attempts = tokenToRenew.getRetryCount() + 1;
                const retryableStatus = this.isRetryableError(errorInfo.errorType) ? 0 : refusal.incompatible;
                const attemptStatus = attempts < maxAttempts ? 0 : refusal.attempts;
                const capacityStatus = this.capacity >= this.getCapacityCost(errorInfo.errorType) ? 0 : refusal.capacity;
                return retryableStatus || attemptStatus || capacityStatus;
            }
            getCapacityCost(errorType) {
                return errorType === Retry.modifiedCostType() ? Retry.throttlingCost() : Retry.cost();
            }
            isRetryableError(errorType) {
                return errorType === "THROTTLING" || errorType === "TRANSIENT";
            }
        }
        class AdaptiveRetryStrategy {
            mode=config.cm.ADAPTIVE;
            rateLimiter;
            standardRetryStrategy;
            constructor(maxAttemptsProvider, options) {
                const {rateLimiter: rateLimiter} = options ?? {};
                this.rateLimiter = rateLimiter ?? new DefaultRateLimiter;
                this.standardRetryStrategy = options ? new StandardRetryStrategy({
                    maxAttempts: typeof maxAttemptsProvider === "number" ? maxAttemptsProvider : 3,
                    ...options
                }) : new StandardRetryStrategy(maxAttemptsProvider);
            }
            async acquireInitialRetryToken(retryTokenScope) {
                const token = await this.standardRetryStrategy.acquireInitialRetryToken(retryTokenScope);
                await this.rateLimiter.getSendToken();
                return token;
            }
            async refreshRetryTokenForRetry(tokenToRenew, errorInfo) {
                this.rateLimiter.updateClientSendingRate(errorInfo);
                const token = await this.standardRetryStrategy.refreshRetryTokenForRetry(tokenToRenew, errorInfo);
                await this.rateLimiter.getSendToken();
                return token;
            }
            recordSuccess(token) {
                this.rateLimiter.updateClientSendingRate({});
                this.standardRetryStrategy.recordSuccess(token);
            }
            async maxAttemptsProvider() {
                return this.standardRetryStrategy.maxAttempts();
            }
        }
        const ENV_MAX_ATTEMPTS = "AWS_MAX_ATTEMPTS";
        const CONFIG_MAX_ATTEMPTS = "max_attempts";
        const NODE_MAX_ATTEMPT_CONFIG_OPTIONS = {
            environmentVariableSelector: env => {
                const value = env[ENV_MAX_ATTEMPTS];
                if (!value) return;
                const maxAttempt = parseInt(value);
                if (Number.isNaN(maxAttempt)) throw new Error(`Environment variable ${ENV_MAX_ATTEMPTS} mast be a number, got "${value}"`);
                return maxAttempt;
            },
            configFileSelector: profile => {
                const value = profile[CONFIG_MAX_ATTEMPTS];
                if (!value) return;
                const maxAttempt = parseInt(value);
                if (Number.isNaN(maxAttempt)) throw new Error(`Shared config file entry ${CONFIG_MAX_ATTEMPTS} mast be a number, got "${value}"`);
                return maxAttempt;
            },
            default: config.Gz
        };
        const resolveRetryConfig = (input, defaults) => {
            const {retryStrategy: retryStrategy, retryMode: retryMode} = input;
            const {defaultMaxAttempts: defaultMaxAttempts = config.Gz, defaultBaseDelay: defaultBaseDelay = Retry.delay()} = defaults ?? {};
            const maxAttemptsProvider = (0, normalizeProvider.t)(input.maxAttempts ?? defaultMaxAttempts);
            let controller = retryStrategy ? Promise.resolve(retryStrategy) : void 0;
            const getDefault = async () => {
                const maxAttempts = await maxAttemptsProvider();
                const adaptive = await (0, normalizeProvider.t)(retryMode)() === config.cm.ADAPTIVE;
                if (adaptive) return new AdaptiveRetryStrategy(maxAttemptsProvider, {
                    maxAttempts: maxAttempts,
                    baseDelay: defaultBaseDelay
                });
                return new StandardRetryStrategy({
                    maxAttempts: maxAttempts,
                    baseDelay: defaultBaseDelay
                });
            };
            return Object.assign(input, {
                maxAttempts: maxAttemptsProvider,
                retryStrategy: () => controller ??= getDefault()
            });
        };
        const ENV_RETRY_MODE = "AWS_RETRY_MODE";
        const CONFIG_RETRY_MODE = "retry_mode";
        const NODE_RETRY_MODE_CONFIG_OPTIONS = {
            environmentVariableSelector: env => env[ENV_RETRY_MODE],
            configFileSelector: profile => profile[CONFIG_RETRY_MODE],
            default: config.L0
        };
    }),
    6878: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            GQ: () => isServerError,
            Qb: () => isThrottlingError,
            bV: () => isTransientError
        });
        const THROTTLING_ERROR_CODES = [ "BandwidthLimitExceeded", "EC2ThrottledException", "LimitExceededException", "PriorRequestNotComplete", "ProvisionedThroughputExceededException", "RequestLimitExceeded", "RequestThrottled", "RequestThrottledException", "SlowDown", "ThrottledException", "Throttling", "ThrottlingException", "TooManyRequestsException", "TransactionInProgressException" ];
        const TRANSIENT_ERROR_CODES = [ "TimeoutError", "RequestTimeout", "RequestTimeoutException" ];
        const TRANSIENT_ERROR_STATUS_CODES = [ 500, 502, 503, 504 ];
        const NODEJS_TIMEOUT_ERROR_CODES = [ "ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT" ];
        const NODEJS_NETWORK_ERROR_CODES = [ "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN" ];
        const isRetryableByTrait = error => error?.$retryable !== void 0;
        const isClockSkewCorrectedError = error => error.$metadata?.clockSkewCorrected;
        const isBrowserNetworkError = error => {
            const errorMessages = new Set([ "Failed to fetch", "NetworkError when attempting to fetch resource", "The Internet connection appears to be offline", "Load failed", "Network request failed" ]);
            const isValid = error && error instanceof TypeError;
            if (!isValid) return false;
            return errorMessages.has(error.message);
        };
        const isThrottlingError = error => error.$metadata?.httpStatusCode === 429 || THROTTLING_ERROR_CODES.includes(error.name) || error.$retryable?.throttling == true;
        const isTransientError = (error, depth = 0) => error?.name !== "AbortError" && (isRetryableByTrait(error) || isClockSkewCorrectedError(error) || error.name === "InvalidSignatureException" && error.message?.includes("Signature expired") || TRANSIENT_ERROR_CODES.includes(error.name) || NODEJS_TIMEOUT_ERROR_CODES.includes(error?.code || "") || NODEJS_NETWORK_ERROR_CODES.includes(error?.code || "") || TRANSIENT_ERROR_STATUS_CODES.includes(error.$metadata?.httpStatusCode || 0) || isBrowserNetworkError(error) || isNodeJsHttp2TransientError(error) || error.cause !== void 0 && depth <= 10 && isTransientError(error.cause, depth + 1));
        const isServerError = error => {
            if (error.$metadata?.httpStatusCode !== void 0) {
                const statusCode = error.$metadata.httpStatusCode;
                if (500 <= statusCode && statusCode <= 599 && !isTransientError(error)) return true;
                return false;
            }
            return false;
        };
        function isNodeJsHttp2TransientError(error) {
            return error.code === "ERR_HTTP2_STREAM_ERROR" && error.message.includes("NGHTTP2_REFUSED_STREAM");
        }
    }),
    4353: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            Gz: () => DEFAULT_MAX_ATTEMPTS,
            L0: () => DEFAULT_RETRY_MODE,
            cm: () => RETRY_MODES
        });
        var RETRY_MODES;
        (function(RETRY_MODES) {
            RETRY_MODES["STANDARD"] = "standard";
            RETRY_MODES["ADAPTIVE"] = "adaptive";
        })(RETRY_MODES || (RETRY_MODES = {}));
        const DEFAULT_MAX_ATTEMPTS = 3;
        const DEFAULT_RETRY_MODE = RETRY_MODES.STANDARD;
    }),
    2814: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            Df: () => INITIAL_RETRY_TOKENS,
            G8: () => MAXIMUM_RETRY_DELAY,
            XP: () => NO_RETRY_INCREMENT,
            l5: () => INVOCATION_ID_HEADER,
            ok: () => REQUEST_HEADER
        });
        const MAXIMUM_RETRY_DELAY = 20 * 1e3;
        const INITIAL_RETRY_TOKENS = 500;
        const NO_RETRY_INCREMENT = 1;
        const INVOCATION_ID_HEADER = "amz-sdk-invocation-id";
        const REQUEST_HEADER = "amz-sdk-request";
    }),
    5629: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            O: () => TypeRegistry
        });
        class TypeRegistry {
            namespace;
            schemas;
            exceptions;
            static registries=new Map;
            constructor(namespace, schemas = new Map, exceptions = new Map) {
                this.namespace = namespace;
                this.schemas = schemas;
                this.exceptions = exceptions;
                if (!TypeRegistry.registries.has(namespace)) TypeRegistry.registries.set(namespace, this);
            }
            static for(namespace) {
                return TypeRegistry.registries.get(namespace) ?? new TypeRegistry(namespace);
            }
            copyFrom(other) {
                const {schemas: schemas, exceptions: exceptions} = this;
                for (const [k, v] of other.schemas) if (!schemas.has(k)) schemas.set(k, v);
                for (const [k, v] of other.exceptions) if (!exceptions.has(k)) exceptions.set(k, v);
            }
            register(shapeId, schema) {
                const qualifiedName = this.normalizeShapeId(shapeId);
                for (const r of [ this, TypeRegistry.for(qualifiedName.split("#")[0]) ]) if (!r.schemas.has(qualifiedName)) r.schemas.set(qualifiedName, schema);
            }
            getSchema(shapeId) {
                const id = this.normalizeShapeId(shapeId);
                if (!this.schemas.has(id)) {
                    if (!shapeId.includes("#")) {
                        const suffix = "#" + shapeId;
                        const candidates = [];
                        for (const [shapeId, schema] of this.schemas.entries()) if (shapeId.endsWith(suffix)) candidates.push(schema);
                        if (candidates.length === 1) return candidates[0];
                    }
                    throw new Error(`@smithy/core/schema - schema not found for ${id}`);
                }
                return this.schemas.get(id);
            }
            registerError(es, ctor) {
                const $error = es;
                const ns = $error[1];
                const qualifiedName = ns + "#" + $error[2];
                if (!ctor.hasOwnProperty?.("shapeId")) ctor.shapeId = qualifiedName;
                for (const r of [ this, TypeRegistry.for(ns) ]) if (!r.schemas.has(qualifiedName) && !r.exceptions.has($error)) {
                    r.schemas.set(qualifiedName, $error);
                    r.exceptions.set($error, ctor);
                }
            }
            getErrorCtor(es) {
                const $error = es;
                if (this.exceptions.has($error)) return this.exceptions.get($error);
                const registry = TypeRegistry.for($error[1]);
                return registry.exceptions.get($error);
            }
            getBaseException() {
                for (const exceptionKey of this.exceptions.keys()) if (Array.isArray(exceptionKey)) {
                    const [, ns, name] = exceptionKey;
                    const id = ns + "#" + name;
                    if (id.startsWith("smithy.ts.sdk.synthetic.") && id.endsWith("ServiceException")) return exceptionKey;
                }
                return;
            }
            find(predicate) {
                for (const schema of this.schemas.values()) if (predicate(schema)) return schema;
                return;
            }
            clear() {
                this.schemas.clear();
                this.exceptions.clear();
            }
            normalizeShapeId(shapeId) {
                if (shapeId.includes("#")) return shapeId;
                return this.namespace + "#" + shapeId;
            }
        }
    }),
    6204: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            L: () => deref
        });
        const deref = schemaRef => {
            if (typeof schemaRef === "function") return schemaRef();
            return schemaRef;
        };
    }),
    7849: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            wq: () => getSchemaSerdePlugin
        });
        var getSmithyContext = __nccwpck_require__(8743);
        var httpResponse = __nccwpck_require__(5401);
        const operation = (namespace, name, traits, input, output) => ({
            name: name,
            namespace: namespace,
            traits: traits,
            input: input,
            output: output
        });
        const schemaDeserializationMiddleware = config => (next, context) => async args => {
            const {response: response} = await next(args);
            const {operationSchema: operationSchema} = (0, getSmithyContext.u)(context);
            const [, ns, n, t, i, o] = operationSchema ?? [];
            try {
                const parsed = await config.protocol.deserializeResponse(operation(ns, n, t, i, o), {
                    ...config,
                    ...context
                }, response);
                return {
                    response: response,
                    output: parsed
                };
            } catch (error) {
                Object.defineProperty(error, "$response", {
                    value: response,
                    enumerable: false,
                    writable: false,
                    configurable: false
                });
                if (!("$metadata" in error)) {
                    const hint = `Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.`;
                    try {
                        error.message += "\n  " + hint;
                    } catch (ignored) {
                        if (!context.logger || context.logger?.constructor?.name === "NoOpLogger") console.warn(hint); else context.logger?.warn?.(hint);
                    }
                    if (typeof error.$responseBodyText !== "undefined") if (error.$response) error.$response.body = error.$responseBodyText;
                    try {
                        if (httpResponse.c.isInstance(response)) {
                            const {headers: headers = {}, statusCode: statusCode} = response;
                            const headerEntries = Object.entries(headers);
                            error.$metadata = {
                                httpStatusCode: statusCode,
                                requestId: findHeader(/^x-[\w-]+-request-?id$/, headerEntries),
                                extendedRequestId: findHeader(/^x-[\w-]+-id-2$/, headerEntries),
                                cfId: findHeader(/^x-[\w-]+-cf-id$/, headerEntries)
                            };
                        }
                    } catch (ignored) {}
                }
                throw error;
            }
        };
        const findHeader = (pattern, headers) => (headers.find(([k]) => k.match(pattern)) || [ void 0, void 0 ])[1];
        var toEndpointV1 = __nccwpck_require__(3055);
        const schemaSerializationMiddleware = config => (next, context) => async args => {
            const {operationSchema: operationSchema} = (0, getSmithyContext.u)(context);
            const [, ns, n, t, i, o] = operationSchema ?? [];
            const endpoint = context.endpointV2 ? async () => (0, toEndpointV1.a)(context.endpointV2) : config.endpoint;
            const request = await config.protocol.serializeRequest(operation(ns, n, t, i, o), args.input, {
                ...config,
                ...context,
                endpoint: endpoint
            });
            return next({
                ...args,
                request: request
            });
        };
        const deserializerMiddlewareOption = {
            name: "deserializerMiddleware",
            step: "deserialize",
            tags: [ "DESERIALIZER" ],
            override: true
        };
        const serializerMiddlewareOption = {
            name: "serializerMiddleware",
            step: "serialize",
            tags: [ "SERIALIZER" ],
            override: true
        };
        function getSchemaSerdePlugin(config) {
            return {
                applyToStack: commandStack => {
                    commandStack.add(schemaSerializationMiddleware(config), serializerMiddlewareOption);
                    commandStack.add(schemaDeserializationMiddleware(config), deserializerMiddlewareOption);
                    config.protocol.setSerdeContext(config);
                }
            };
        }
    }),
    5125: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            l1: () => NormalizedSchema
        });
        var _deref__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6204);
        var _translateTraits__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4844);
        const anno = {
            it: Symbol.for("@smithy/nor-struct-it"),
            ns: Symbol.for("@smithy/ns")
        };
        const simpleSchemaCacheN = [];
        const simpleSchemaCacheS = {};
        class NormalizedSchema {
            ref;
            memberName;
            static symbol=Symbol.for("@smithy/nor");
            symbol=NormalizedSchema.symbol;
            name;
            schema;
            _isMemberSchema;
            traits;
            memberTraits;
            normalizedTraits;
            constructor(ref, memberName) {
                this.ref = ref;
                this.memberName = memberName;
                const traitStack = [];
                let _ref = ref;
                let schema = ref;
                this._isMemberSchema = false;
                while (isMemberSchema(_ref)) {
                    traitStack.push(_ref[1]);
                    _ref = _ref[0];
                    schema = (0, _deref__WEBPACK_IMPORTED_MODULE_0__.L)(_ref);
                    this._isMemberSchema = true;
                }
                if (traitStack.length > 0) {
                    this.memberTraits = {};
                    for (let i = traitStack.length - 1; i >= 0; --i) {
                        const traitSet = traitStack[i];
                        Object.assign(this.memberTraits, (0, _translateTraits__WEBPACK_IMPORTED_MODULE_1__.c)(traitSet));
                    }
                } else this.memberTraits = 0;
                if (schema instanceof NormalizedSchema) {
                    const computedMemberTraits = this.memberTraits;
                    Object.assign(this, schema);
                    this.memberTraits = Object.assign({}, computedMemberTraits, schema.getMemberTraits(), this.getMemberTraits());
                    this.normalizedTraits = void 0;
                    this.memberName = memberName ?? schema.memberName;
                    return;
                }
                this.schema = (0, _deref__WEBPACK_IMPORTED_MODULE_0__.L)(schema);
                if (isStaticSchema(this.schema)) {
                    this.name = `${this.schema[1]}#${this.schema[2]}`;
                    this.traits = this.schema[3];
                } else {
                    this.name = this.memberName ?? String(schema);
                    this.traits = 0;
                }
                if (this._isMemberSchema && !memberName) throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(true)} missing member name.`);
            }
            static [Symbol.hasInstance](lhs) {
                const isPrototype = this.prototype.isPrototypeOf(lhs);
                if (!isPrototype && typeof lhs === "object" && lhs !== null) {
                    const ns = lhs;
                    return ns.symbol === this.symbol;
                }
                return isPrototype;
            }
            static of(ref) {
                const keyAble = typeof ref === "function" || typeof ref === "object" && ref !== null;
                if (typeof ref === "number") {
                    if (simpleSchemaCacheN[ref]) return simpleSchemaCacheN[ref];
                } else if (typeof ref === "string") {
                    if (simpleSchemaCacheS[ref]) return simpleSchemaCacheS[ref];
                } else if (keyAble) if (ref[anno.ns]) return ref[anno.ns];
                const sc = (0, _deref__WEBPACK_IMPORTED_MODULE_0__.L)(ref);
                if (sc instanceof NormalizedSchema) return sc;
                if (isMemberSchema(sc)) {
                    const [ns, traits] = sc;
                    if (ns instanceof NormalizedSchema) {
                        Object.assign(ns.getMergedTraits(), (0, _translateTraits__WEBPACK_IMPORTED_MODULE_1__.c)(traits));
                        return ns;
                    }
                    throw new Error(`@smithy/core/schema - may not init unwrapped member schema=${JSON.stringify(ref, null, 2)}.`);
                }
                const ns = new NormalizedSchema(sc);
                if (keyAble) return ref[anno.ns] = ns;
                if (typeof sc === "string") return simpleSchemaCacheS[sc] = ns;
                if (typeof sc === "number") return simpleSchemaCacheN[sc] = ns;
                return ns;
            }
            getSchema() {
                const sc = this.schema;
                if (Array.isArray(sc) && sc[0] === 0) return sc[4];
                return sc;
            }
            getName(withNamespace = false) {
                const {name: name} = this;
                const short = !withNamespace && name && name.includes("#");
                return short ? name.split("#")[1] : name || void 0;
            }
            getMemberName() {
                return this.memberName;
            }
            isMemberSchema() {
                return this._isMemberSchema;
            }
            isListSchema() {
                const sc = this.getSchema();
                return typeof sc === "number" ? sc >= 64 && sc < 128 : sc[0] === 1;
            }
            isMapSchema() {
                const sc = this.getSchema();
                return typeof sc === "number" ? sc >= 128 && sc <= 255 : sc[0] === 2;
            }
            isStructSchema() {
                const sc = this.getSchema();
                if (typeof sc !== "object") return false;
                const id = sc[0];
                return id === 3 || id === -3 || id === 4;
            }
            isUnionSchema() {
                const sc = this.getSchema();
                if (typeof sc !== "object") return false;
                return sc[0] === 4;
            }
            isBlobSchema() {
                const sc = this.getSchema();
                return sc === 21 || sc === 42;
            }
            isTimestampSchema() {
                const sc = this.getSchema();
                return typeof sc === "number" && sc >= 4 && sc <= 7;
            }
            isUnitSchema() {
                return this.getSchema() === "unit";
            }
            isDocumentSchema() {
                return this.getSchema() === 15;
            }
            isStringSchema() {
                return this.getSchema() === 0;
            }
            isBooleanSchema() {
                return this.getSchema() === 2;
            }
            isNumericSchema() {
                return this.getSchema() === 1;
            }
            isBigIntegerSchema() {
                return this.getSchema() === 17;
            }
            isBigDecimalSchema() {
                return this.getSchema() === 19;
            }
            isStreaming() {
                const {streaming: streaming} = this.getMergedTraits();
                return !!streaming || this.getSchema() === 42;
            }
            isIdempotencyToken() {
                return !!this.getMergedTraits().idempotencyToken;
            }
            getMergedTraits() {
                return this.normalizedTraits ?? (this.normalizedTraits = {
                    ...this.getOwnTraits(),
                    ...this.getMemberTraits()
                });
            }
            getMemberTraits() {
                return (0, _translateTraits__WEBPACK_IMPORTED_MODULE_1__.c)(this.memberTraits);
            }
            getOwnTraits() {
                return (0, _translateTraits__WEBPACK_IMPORTED_MODULE_1__.c)(this.traits);
            }
            getKeySchema() {
                const [isDoc, isMap] = [ this.isDocumentSchema(), this.isMapSchema() ];
                if (!isDoc && !isMap) throw new Error(`@smithy/core/schema - cannot get key for non-map: ${this.getName(true)}`);
                const schema = this.getSchema();
                const memberSchema = isDoc ? 15 : schema[4] ?? 0;
                return member([ memberSchema, 0 ], "key");
            }
            getValueSchema() {
                const sc = this.getSchema();
                const [isDoc, isMap, isList] = [ this.isDocumentSchema(), this.isMapSchema(), this.isListSchema() ];
                const memberSchema = typeof sc === "number" ? 63 & sc : sc && typeof sc === "object" && (isMap || isList) ? sc[3 + sc[0]] : isDoc ? 15 : void 0;
                if (memberSchema != null) return member([ memberSchema, 0 ], isMap ? "value" : "member");
                throw new Error(`@smithy/core/schema - ${this.getName(true)} has no value member.`);
            }
            getMemberSchema(memberName) {
                const struct = this.getSchema();
                if (this.isStructSchema() && struct[4].includes(memberName)) {
                    const i = struct[4].indexOf(memberName);
                    const memberSchema = struct[5][i];
                    return member(isMemberSchema(memberSchema) ? memberSchema : [ memberSchema, 0 ], memberName);
                }
                if (this.isDocumentSchema()) return member([ 15, 0 ], memberName);
                throw new Error(`@smithy/core/schema - ${this.getName(true)} has no member=${memberName}.`);
            }
            getMemberSchemas() {
                const buffer = {};
                try {
                    for (const [k, v] of this.structIterator()) buffer[k] = v;
                } catch (ignored) {}
                return buffer;
            }
            getEventStreamMember() {
                if (this.isStructSchema()) for (const [memberName, memberSchema] of this.structIterator()) if (memberSchema.isStreaming() && memberSchema.isStructSchema()) return memberName;
                return "";
            }
            * structIterator() {
                if (this.isUnitSchema()) return;
                if (!this.isStructSchema()) throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");
                const struct = this.getSchema();
                const z = struct[4].length;
                let it = struct[anno.it];
                if (it && z === it.length) {
                    yield* it;
                    return;
                }
                it = Array(z);
                for (let i = 0; i < z; ++i) {
                    const k = struct[4][i];
                    const v = member([ struct[5][i], 0 ], k);
                    yield it[i] = [ k, v ];
                }
                struct[anno.it] = it;
            }
        }
        function member(memberSchema, memberName) {
            if (memberSchema instanceof NormalizedSchema) return Object.assign(memberSchema, {
                memberName: memberName,
                _isMemberSchema: true
            });
            const internalCtorAccess = NormalizedSchema;
            return new internalCtorAccess(memberSchema, memberName);
        }
        const isMemberSchema = sc => Array.isArray(sc) && sc.length === 2;
        const isStaticSchema = sc => Array.isArray(sc) && sc.length >= 5;
    }),
    4844: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            c: () => translateTraits
        });
        const traitsCache = [];
        function translateTraits(indicator) {
            if (typeof indicator === "object") return indicator;
            indicator |= 0;
            if (traitsCache[indicator]) return traitsCache[indicator];
            const traits = {};
            let i = 0;
            for (const trait of [ "httpLabel", "idempotent", "idempotencyToken", "sensitive", "httpPayload", "httpResponseCode", "httpQueryParams" ]) if ((indicator >> i++ & 1) === 1) traits[trait] = 1;
            return traitsCache[indicator] = traits;
        }
    }),
    351: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            I: () => concatBytes
        });
        function concatBytes(arrays, length) {
            if (length === void 0) {
                length = 0;
                for (const bytes of arrays) length += bytes.byteLength;
            }
            const result = new Uint8Array(length);
            let offset = 0;
            for (const buf of arrays) {
                result.set(buf, offset);
                offset += buf.byteLength;
            }
            return result;
        }
    }),
    5393: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            JV: () => dateToUtcString,
            l3: () => parseEpochTimestamp,
            EI: () => parseRfc3339DateTime,
            t_: () => parseRfc3339DateTimeWithOffset,
            xE: () => parseRfc7231DateTime
        });
        const expectNumber = value => {
            if (value === null || value === void 0) return;
            if (typeof value === "string") {
                const parsed = parseFloat(value);
                if (!Number.isNaN(parsed)) {
                    if (String(parsed) !== String(value)) logger.warn(stackTraceWarning(`Expected number but observed string: ${value}`));
                    return parsed;
                }
            }
            if (typeof value === "number") return value;
            throw new TypeError(`Expected number, got ${typeof value}: ${value}`);
        };
        const MAX_FLOAT = Math.ceil(2 ** 127 * (2 - 2 ** -23));
        const expectFloat32 = value => {
            const expected = expectNumber(value);
            if (expected !== void 0 && !Number.isNaN(expected) && expected !== 1 / 0 && expected !== -1 / 0) if (Math.abs(expected) > MAX_FLOAT) throw new TypeError(`Expected 32-bit float, got ${value}`);
            return expected;
        };
        const expectLong = value => {
            if (value === null || value === void 0) return;
            if (Number.isInteger(value) && !Number.isNaN(value)) return value;
            throw new TypeError(`Expected integer, got ${typeof value}: ${value}`);
        };
        const expectShort = value => expectSizedInt(value, 16);
        const expectByte = value => expectSizedInt(value, 8);
        const expectSizedInt = (value, size) => {
            const expected = expectLong(value);
            if (expected !== void 0 && castInt(expected, size) !== expected) throw new TypeError(`Expected ${size}-bit integer, got ${value}`);
            return expected;
        };
        const castInt = (value, size) => {
            switch (size) {
              case 32:
                return Int32Array.of(value)[0];

              case 16:
                return Int16Array.of(value)[0];

              case 8:
                return Int8Array.of(value)[0];
            }
        };
        const strictParseDouble = value => {
            if (typeof value == "string") return expectNumber(parseNumber(value));
            return expectNumber(value);
        };
        const strictParseFloat32 = value => {
            if (typeof value == "string") return expectFloat32(parseNumber(value));
            return expectFloat32(value);
        };
        const NUMBER_REGEX = /(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g;
        const parseNumber = value => {
            const matches = value.match(NUMBER_REGEX);
            if (matches === null || matches[0].length !== value.length) throw new TypeError(`Expected real number, got implicit NaN`);
            return parseFloat(value);
        };
        const strictParseShort = value => {
            if (typeof value === "string") return expectShort(parseNumber(value));
            return expectShort(value);
        };
        const strictParseByte = value => {
            if (typeof value === "string") return expectByte(parseNumber(value));
            return expectByte(value);
        };
        const stackTraceWarning = message => String(new TypeError(message).stack || message).split("\n").slice(0, 5).filter(s => !s.includes("stackTraceWarning")).join("\n");
        const logger = {
            warn: console.warn
        };
        const DAYS = [ "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" ];
        const MONTHS = [ "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" ];
        function dateToUtcString(date) {
            const year = date.getUTCFullYear();
            const month = date.getUTCMonth();
            const dayOfWeek = date.getUTCDay();
            const dayOfMonthInt = date.getUTCDate();
            const hoursInt = date.getUTCHours();
            const minutesInt = date.getUTCMinutes();
            const secondsInt = date.getUTCSeconds();
            const dayOfMonthString = dayOfMonthInt < 10 ? `0${dayOfMonthInt}` : `${dayOfMonthInt}`;
            const hoursString = hoursInt < 10 ? `0${hoursInt}` : `${hoursInt}`;
            const minutesString = minutesInt < 10 ? `0${minutesInt}` : `${minutesInt}`;
            const secondsString = secondsInt < 10 ? `0${secondsInt}` : `${secondsInt}`;
            return `${DAYS[dayOfWeek]}, ${dayOfMonthString} ${MONTHS[month]} ${year} ${hoursString}:${minutesString}:${secondsString} GMT`;
        }
        const RFC3339 = new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/);
        const parseRfc3339DateTime = value => {
            if (value === null || value === void 0) return;
            if (typeof value !== "string") throw new TypeError("RFC-3339 date-times must be expressed as strings");
            const match = RFC3339.exec(value);
            if (!match) throw new TypeError("Invalid RFC-3339 date-time value");
            const [_, yearStr, monthStr, dayStr, hours, minutes, seconds, fractionalMilliseconds] = match;
            const year = strictParseShort(stripLeadingZeroes(yearStr));
            const month = parseDateValue(monthStr, "month", 1, 12);
            const day = parseDateValue(dayStr, "day", 1, 31);
            return buildDate(year, month, day, {
                hours: hours,
                minutes: minutes,
                seconds: seconds,
                fractionalMilliseconds: fractionalMilliseconds
            });
        };
        const RFC3339_WITH_OFFSET = new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/);
        const parseRfc3339DateTimeWithOffset = value => {
            if (value === null || value === void 0) return;
            if (typeof value !== "string") throw new TypeError("RFC-3339 date-times must be expressed as strings");
            const match = RFC3339_WITH_OFFSET.exec(value);
            if (!match) throw new TypeError("Invalid RFC-3339 date-time value");
            const [_, yearStr, monthStr, dayStr, hours, minutes, seconds, fractionalMilliseconds, offsetStr] = match;
            const year = strictParseShort(stripLeadingZeroes(yearStr));
            const month = parseDateValue(monthStr, "month", 1, 12);
            const day = parseDateValue(dayStr, "day", 1, 31);
            const date = buildDate(year, month, day, {
                hours: hours,
                minutes: minutes,
                seconds: seconds,
                fractionalMilliseconds: fractionalMilliseconds
            });
            if (offsetStr.toUpperCase() != "Z") date.setTime(date.getTime() - parseOffsetToMilliseconds(offsetStr));
            return date;
        };
        const IMF_FIXDATE = new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/);
        const RFC_850_DATE = new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/);
        const ASC_TIME = new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/);
        const parseRfc7231DateTime = value => {
            if (value === null || value === void 0) return;
            if (typeof value !== "string") throw new TypeError("RFC-7231 date-times must be expressed as strings");
            let match = IMF_FIXDATE.exec(value);
            if (match) {
                const [_, dayStr, monthStr, yearStr, hours, minutes, seconds, fractionalMilliseconds] = match;
                return buildDate(strictParseShort(stripLeadingZeroes(yearStr)), parseMonthByShortName(monthStr), parseDateValue(dayStr, "day", 1, 31), {
                    hours: hours,
                    minutes: minutes,
                    seconds: seconds,
                    fractionalMilliseconds: fractionalMilliseconds
                });
            }
            match = RFC_850_DATE.exec(value);
            if (match) {
                const [_, dayStr, monthStr, yearStr, hours, minutes, seconds, fractionalMilliseconds] = match;
                return adjustRfc850Year(buildDate(parseTwoDigitYear(yearStr), parseMonthByShortName(monthStr), parseDateValue(dayStr, "day", 1, 31), {
                    hours: hours,
                    minutes: minutes,
                    seconds: seconds,
                    fractionalMilliseconds: fractionalMilliseconds
                }));
            }
            match = ASC_TIME.exec(value);
            if (match) {
                const [_, monthStr, dayStr, hours, minutes, seconds, fractionalMilliseconds, yearStr] = match;
                return buildDate(strictParseShort(stripLeadingZeroes(yearStr)), parseMonthByShortName(monthStr), parseDateValue(dayStr.trimLeft(), "day", 1, 31), {
                    hours: hours,
                    minutes: minutes,
                    seconds: seconds,
                    fractionalMilliseconds: fractionalMilliseconds
                });
            }
            throw new TypeError("Invalid RFC-7231 date-time value");
        };
        const parseEpochTimestamp = value => {
            if (value === null || value === void 0) return;
            let valueAsDouble;
            if (typeof value === "number") valueAsDouble = value; else if (typeof value === "string") valueAsDouble = strictParseDouble(value); else if (typeof value === "object" && value.tag === 1) valueAsDouble = value.value; else throw new TypeError("Epoch timestamps must be expressed as floating point numbers or their string representation");
            if (Number.isNaN(valueAsDouble) || valueAsDouble === 1 / 0 || valueAsDouble === -1 / 0) throw new TypeError("Epoch timestamps must be valid, non-Infinite, non-NaN numerics");
            return new Date(Math.round(valueAsDouble * 1e3));
        };
        const buildDate = (year, month, day, time) => {
            const adjustedMonth = month - 1;
            validateDayOfMonth(year, adjustedMonth, day);
            return new Date(Date.UTC(year, adjustedMonth, day, parseDateValue(time.hours, "hour", 0, 23), parseDateValue(time.minutes, "minute", 0, 59), parseDateValue(time.seconds, "seconds", 0, 60), parseMilliseconds(time.fractionalMilliseconds)));
        };
        const parseTwoDigitYear = value => {
            const thisYear = (new Date).getUTCFullYear();
            const valueInThisCentury = Math.floor(thisYear / 100) * 100 + strictParseShort(stripLeadingZeroes(value));
            if (valueInThisCentury < thisYear) return valueInThisCentury + 100;
            return valueInThisCentury;
        };
        const FIFTY_YEARS_IN_MILLIS = 50 * 365 * 24 * 60 * 60 * 1e3;
        const adjustRfc850Year = input => {
            if (input.getTime() - (new Date).getTime() > FIFTY_YEARS_IN_MILLIS) return new Date(Date.UTC(input.getUTCFullYear() - 100, input.getUTCMonth(), input.getUTCDate(), input.getUTCHours(), input.getUTCMinutes(), input.getUTCSeconds(), input.getUTCMilliseconds()));
            return input;
        };
        const parseMonthByShortName = value => {
            const monthIdx = MONTHS.indexOf(value);
            if (monthIdx < 0) throw new TypeError(`Invalid month: ${value}`);
            return monthIdx + 1;
        };
        const DAYS_IN_MONTH = [ 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 ];
        const validateDayOfMonth = (year, month, day) => {
            let maxDays = DAYS_IN_MONTH[month];
            if (month === 1 && isLeapYear(year)) maxDays = 29;
            if (day > maxDays) throw new TypeError(`Invalid day for ${MONTHS[month]} in ${year}: ${day}`);
        };
        const isLeapYear = year => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
        const parseDateValue = (value, type, lower, upper) => {
            const dateVal = strictParseByte(stripLeadingZeroes(value));
            if (dateVal < lower || dateVal > upper) throw new TypeError(`${type} must be between ${lower} and ${upper}, inclusive`);
            return dateVal;
        };
        const parseMilliseconds = value => {
            if (value === null || value === void 0) return 0;
            return strictParseFloat32("0." + value) * 1e3;
        };
        const parseOffsetToMilliseconds = value => {
            const directionStr = value[0];
            let direction = 1;
            if (directionStr == "+") direction = 1; else if (directionStr == "-") direction = -1; else throw new TypeError(`Offset direction, ${directionStr}, must be "+" or "-"`);
            const hour = Number(value.substring(1, 3));
            const minute = Number(value.substring(4, 6));
            return direction * (hour * 60 + minute) * 60 * 1e3;
        };
        const stripLeadingZeroes = value => {
            let idx = 0;
            while (idx < value.length - 1 && value.charAt(idx) === "0") idx++;
            if (idx === 0) return value;
            return value.slice(idx);
        };
    }),
    7297: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            Mu: () => Uint8ArrayBlobAdapter,
            ec: () => generateIdempotencyToken,
            v4: () => v4
        });
        var external_node_crypto_ = __nccwpck_require__(7598);
        var fromBase64 = __nccwpck_require__(9700);
        var toBase64 = __nccwpck_require__(7305);
        function bindUint8ArrayBlobAdapter(toUtf8, fromUtf8, toBase64, fromBase64) {
            return class Uint8ArrayBlobAdapter extends Uint8Array {
                static fromString(source, encoding = "utf-8") {
                    if (typeof source === "string") {
                        if (encoding === "base64") return Uint8ArrayBlobAdapter.mutate(fromBase64(source));
                        return Uint8ArrayBlobAdapter.mutate(fromUtf8(source));
                    }
                    throw new Error(`Unsupported conversion from ${typeof source} to Uint8ArrayBlobAdapter.`);
                }
                static mutate(source) {
                    Object.setPrototypeOf(source, Uint8ArrayBlobAdapter.prototype);
                    return source;
                }
                transformToString(encoding = "utf-8") {
                    if (encoding === "base64") return toBase64(this);
                    return toUtf8(this);
                }
            };
        }
        var fromUtf8 = __nccwpck_require__(7332);
        var toUtf8 = __nccwpck_require__(9809);
        const decimalToHex = Array.from({
            length: 256
        }, (_, i) => i.toString(16).padStart(2, "0"));
        function bindV4(getRandomValues) {
            if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return () => crypto.randomUUID();
            return () => {
                const rnds = new Uint8Array(16);
                getRandomValues(rnds);
                rnds[6] = rnds[6] & 15 | 64;
                rnds[8] = rnds[8] & 63 | 128;
                return decimalToHex[rnds[0]] + decimalToHex[rnds[1]] + decimalToHex[rnds[2]] + decimalToHex[rnds[3]] + "-" + decimalToHex[rnds[4]] + decimalToHex[rnds[5]] + "-" + decimalToHex[rnds[6]] + decimalToHex[rnds[7]] + "-" + decimalToHex[rnds[8]] + decimalToHex[rnds[9]] + "-" + decimalToHex[rnds[10]] + decimalToHex[rnds[11]] + decimalToHex[rnds[12]] + decimalToHex[rnds[13]] + decimalToHex[rnds[14]] + decimalToHex[rnds[15]];
            };
        }
        class Uint8ArrayBlobAdapter extends(bindUint8ArrayBlobAdapter(toUtf8.P, fromUtf8.a, toBase64.n, fromBase64.E)){}
        const _getRandomValues = external_node_crypto_.getRandomValues;
        const v4 = bindV4(_getRandomValues);
        const generateIdempotencyToken = v4;
    }),
    1719: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            m: () => isArrayBuffer
        });
        const isArrayBuffer = arg => typeof ArrayBuffer === "function" && arg instanceof ArrayBuffer || Object.prototype.toString.call(arg) === "[object ArrayBuffer]";
    }),
    1899: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            A: () => LazyJsonString
        });
        const LazyJsonString = function(val) {
            const str = Object.assign(new String(val), {
                deserializeJSON() {
                    return JSON.parse(String(val));
                },
                toString() {
                    return String(val);
                },
                toJSON() {
                    return String(val);
                }
            });
            return str;
        };
        LazyJsonString.from = object => {
            if (object && typeof object === "object" && (object instanceof LazyJsonString || "deserializeJSON" in object)) return object; else if (typeof object === "string" || Object.getPrototypeOf(object) === String.prototype) return LazyJsonString(String(object));
            return LazyJsonString(JSON.stringify(object));
        };
        LazyJsonString.fromObject = LazyJsonString.from;
    }),
    9796: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            G: () => splitHeader
        });
        const splitHeader = value => {
            const z = value.length;
            const values = [];
            let withinQuotes = false;
            let escaped = false;
            let anchor = 0;
            for (let i = 0; i < z; ++i) {
                const char = value[i];
                switch (char) {
                  case `"`:
                    if (!escaped) withinQuotes = !withinQuotes;
                    break;

                  case ",":
                    if (!withinQuotes) {
                        values.push(value.slice(anchor, i));
                        anchor = i + 1;
                    }
                    break;

                  default:
                }
                escaped = char === "\\" && !escaped;
            }
            values.push(value.slice(anchor));
            return values.map(v => {
                v = v.trim();
                const z = v.length;
                if (z < 2) return v;
                if (v[0] === `"` && v[z - 1] === `"`) {
                    v = v.slice(1, z - 1);
                    return v.replace(/\\(["\\])/g, "$1");
                }
                return v.replace(/\\"/g, '"');
            });
        };
    }),
    9700: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            E: () => fromBase64
        });
        var _util_buffer_from_buffer_from__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6664);
        const BASE64_REGEX = /^[A-Za-z0-9+/]*={0,2}$/;
        const fromBase64 = input => {
            if (input.length * 3 % 4 !== 0) throw new TypeError(`Incorrect padding on base64 string.`);
            if (!BASE64_REGEX.exec(input)) throw new TypeError(`Invalid base64 string.`);
            const buffer = (0, _util_buffer_from_buffer_from__WEBPACK_IMPORTED_MODULE_0__.s)(input, "base64");
            return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
        };
    }),
    4270: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            n: () => toBase64
        });
        const fromUtf8 = input => (new TextEncoder).encode(input);
        const chars = `ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/`;
        Object.entries(chars).reduce((acc, [i, c]) => {
            acc[c] = Number(i);
            return acc;
        }, {});
        const alphabetByValue = chars.split("");
        const bitsPerLetter = 6;
        const bitsPerByte = 8;
        const maxLetterValue = 63;
        function toBase64(_input) {
            let input;
            if (typeof _input === "string") input = fromUtf8(_input); else input = _input;
            const isArrayLike = typeof input === "object" && typeof input.length === "number";
            const isUint8Array = typeof input === "object" && typeof input.byteOffset === "number" && typeof input.byteLength === "number";
            if (!isArrayLike && !isUint8Array) throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");
            let str = "";
            for (let i = 0; i < input.length; i += 3) {
                let bits = 0;
                let bitLength = 0;
                for (let j = i, limit = Math.min(i + 3, input.length); j < limit; j++) {
                    bits |= input[j] << (limit - j - 1) * bitsPerByte;
                    bitLength += bitsPerByte;
                }
                const bitClusterCount = Math.ceil(bitLength / bitsPerLetter);
                bits <<= bitClusterCount * bitsPerLetter - bitLength;
                for (let k = 1; k <= bitClusterCount; k++) {
                    const offset = (bitClusterCount - k) * bitsPerLetter;
                    str += alphabetByValue[(bits & maxLetterValue << offset) >> offset];
                }
                str += "==".slice(0, 4 - bitClusterCount);
            }
            return str;
        }
    }),
    7305: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            n: () => toBase64
        });
        var _util_buffer_from_buffer_from__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6664);
        var _util_utf8_fromUtf8__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7332);
        const toBase64 = _input => {
            let input;
            if (typeof _input === "string") input = (0, _util_utf8_fromUtf8__WEBPACK_IMPORTED_MODULE_0__.a)(_input); else input = _input;
            if (typeof input !== "object" || typeof input.byteOffset !== "number" || typeof input.byteLength !== "number") throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");
            return (0, _util_buffer_from_buffer_from__WEBPACK_IMPORTED_MODULE_1__.Q)(input.buffer, input.byteOffset, input.byteLength).toString("base64");
        };
    }),
    2127: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            n: () => calculateBodyLength
        });
        var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
        const calculateBodyLength = body => {
            if (!body) return 0;
            if (typeof body === "string") return Buffer.byteLength(body); else if (typeof body.byteLength === "number") return body.byteLength; else if (typeof body.size === "number") return body.size; else if (typeof body.start === "number" && typeof body.end === "number") return body.end + 1 - body.start; else if (body instanceof node_fs__WEBPACK_IMPORTED_MODULE_0__.ReadStream) if (body.path != null) return (0, 
            node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(body.path).size; else if (typeof body.fd === "number") return (0, 
            node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(body.fd).size;
            throw new Error(`Body Length computation failed for ${body}`);
        };
    }),
    6664: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            Q: () => fromArrayBuffer,
            s: () => fromString
        });
        var _is_array_buffer_is_array_buffer__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1719);
        const fromArrayBuffer = (input, offset = 0, length = input.byteLength - offset) => {
            if (!(0, _is_array_buffer_is_array_buffer__WEBPACK_IMPORTED_MODULE_0__.m)(input)) throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof input} (${input})`);
            return Buffer.from(input, offset, length);
        };
        const fromString = (input, encoding) => {
            if (typeof input !== "string") throw new TypeError(`The "input" argument must be of type string. Received type ${typeof input} (${input})`);
            return encoding ? Buffer.from(input, encoding) : Buffer.from(input);
        };
    }),
    68: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            a: () => fromHex,
            n: () => toHex
        });
        const SHORT_TO_HEX = {};
        const HEX_TO_SHORT = {};
        for (let i = 0; i < 256; i++) {
            let encodedByte = i.toString(16).toLowerCase();
            if (encodedByte.length === 1) encodedByte = `0${encodedByte}`;
            SHORT_TO_HEX[i] = encodedByte;
            HEX_TO_SHORT[encodedByte] = i;
        }
        function fromHex(encoded) {
            if (encoded.length % 2 !== 0) throw new Error("Hex encoded strings must have an even number length");
            const out = new Uint8Array(encoded.length / 2);
            for (let i = 0; i < encoded.length; i += 2) {
                const encodedByte = encoded.slice(i, i + 2).toLowerCase();
                if (encodedByte in HEX_TO_SHORT) out[i / 2] = HEX_TO_SHORT[encodedByte]; else throw new Error(`Cannot decode unrecognized sequence ${encodedByte} as hexadecimal`);
            }
            return out;
        }
        function toHex(bytes) {
            let out = "";
            for (let i = 0; i < bytes.byteLength; i++) out += SHORT_TO_HEX[bytes[i]];
            return out;
        }
    }),
    6494: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            c: () => sdk_stream_mixin_sdkStreamMixin
        });
        var external_node_stream_ = __nccwpck_require__(7075);
        var buffer_from = __nccwpck_require__(6664);
        var toBase64_browser = __nccwpck_require__(4270);
        var hex_encoding = __nccwpck_require__(68);
        const toUtf8 = input => {
            if (typeof input === "string") return input;
            if (typeof input !== "object" || typeof input.byteOffset !== "number" || typeof input.byteLength !== "number") throw new Error("@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");
            return new TextDecoder("utf-8").decode(input);
        };
        var stream_collector_browser = __nccwpck_require__(2522);
        var stream_type_check = __nccwpck_require__(1658);
        const ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED = "The stream has already been transformed.";
        const sdkStreamMixin = stream => {
            if (!isBlobInstance(stream) && !(0, stream_type_check.H)(stream)) {
                const name = stream?.__proto__?.constructor?.name || stream;
                throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${name}`);
            }
            let transformed = false;
            const transformToByteArray = async () => {
                if (transformed) throw new Error(ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED);
                transformed = true;
                return await (0, stream_collector_browser.kv)(stream);
            };
            const blobToWebStream = blob => {
                if (typeof blob.stream !== "function") throw new Error("Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.\n" + "If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body");
                return blob.stream();
            };
            return Object.assign(stream, {
                transformToByteArray: transformToByteArray,
                transformToString: async encoding => {
                    const buf = await transformToByteArray();
                    if (encoding === "base64") return (0, toBase64_browser.n)(buf); else if (encoding === "hex") return (0, 
                    hex_encoding.n)(buf); else if (encoding === void 0 || encoding === "utf8" || encoding === "utf-8") return toUtf8(buf); else if (typeof TextDecoder === "function") return new TextDecoder(encoding).decode(buf); else throw new Error("TextDecoder is not available, please make sure polyfill is provided.");
                },
                transformToWebStream: () => {
                    if (transformed) throw new Error(ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED);
                    transformed = true;
                    if (isBlobInstance(stream)) return blobToWebStream(stream); else if ((0, stream_type_check.H)(stream)) return stream; else throw new Error(`Cannot transform payload to web stream, got ${stream}`);
                }
            });
        };
        const isBlobInstance = stream => typeof Blob === "function" && stream instanceof Blob;
        var stream_collector = __nccwpck_require__(6660);
        const sdk_stream_mixin_ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED = "The stream has already been transformed.";
        const sdk_stream_mixin_sdkStreamMixin = stream => {
            if (!(stream instanceof external_node_stream_.Readable)) try {
                return sdkStreamMixin(stream);
            } catch (ignored) {
                const name = stream?.__proto__?.constructor?.name || stream;
                throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${name}`);
            }
            let transformed = false;
            const transformToByteArray = async () => {
                if (transformed) throw new Error(sdk_stream_mixin_ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED);
                transformed = true;
                return await (0, stream_collector.k)(stream);
            };
            return Object.assign(stream, {
                transformToByteArray: transformToByteArray,
                transformToString: async encoding => {
                    const buf = await transformToByteArray();
                    if (encoding === void 0 || Buffer.isEncoding(encoding)) return (0, buffer_from.Q)(buf.buffer, buf.byteOffset, buf.byteLength).toString(encoding); else {
                        const decoder = new TextDecoder(encoding);
                        return decoder.decode(buf);
                    }
                },
                transformToWebStream: () => {
                    if (transformed) throw new Error(sdk_stream_mixin_ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED);
                    if (stream.readableFlowing !== null) throw new Error("The stream has been consumed by other callbacks.");
                    if (typeof external_node_stream_.Readable.toWeb !== "function") throw new Error("Readable.toWeb() is not supported. Please ensure a polyfill is available.");
                    transformed = true;
                    return external_node_stream_.Readable.toWeb(stream);
                }
            });
        };
    }),
    2522: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            Bq: () => collectReadableStream,
            kS: () => collectBlob,
            kv: () => streamCollector
        });
        var _concatBytes__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(351);
        var _stream_type_check__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1658);
        const streamCollector = async stream => {
            if ((0, _stream_type_check__WEBPACK_IMPORTED_MODULE_0__.q)(stream)) return collectBlob(stream);
            return collectReadableStream(stream);
        };
        async function collectBlob(blob) {
            return blob.arrayBuffer().then(ab => new Uint8Array(ab));
        }
        async function collectReadableStream(stream) {
            const chunks = [];
            const reader = stream.getReader();
            let length = 0;
            while (true) {
                const {done: done, value: value} = await reader.read();
                if (value) {
                    chunks.push(value);
                    length += value.length;
                }
                if (done) break;
            }
            return (0, _concatBytes__WEBPACK_IMPORTED_MODULE_1__.I)(chunks, length);
        }
    }),
    6660: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            k: () => streamCollector
        });
        var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7075);
        var _concatBytes__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(351);
        var _stream_collector_browser__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2522);
        var _stream_type_check__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1658);
        const streamCollector = stream => {
            if ((0, _stream_type_check__WEBPACK_IMPORTED_MODULE_1__.q)(stream)) return (0, _stream_collector_browser__WEBPACK_IMPORTED_MODULE_2__.kS)(stream);
            if ((0, _stream_type_check__WEBPACK_IMPORTED_MODULE_1__.H)(stream)) return (0, _stream_collector_browser__WEBPACK_IMPORTED_MODULE_2__.Bq)(stream);
            return new Promise((resolve, reject) => {
                const collector = new Collector;
                const nodeStream = stream;
                nodeStream.pipe(collector);
                nodeStream.on("error", err => {
                    collector.end();
                    reject(err);
                });
                collector.on("error", reject);
                collector.on("finish", function() {
                    const bytes = (0, _concatBytes__WEBPACK_IMPORTED_MODULE_3__.I)(this.bufferedBytes);
                    resolve(bytes);
                });
            });
        };
        class Collector extends node_stream__WEBPACK_IMPORTED_MODULE_0__.Writable {
            bufferedBytes=[];
            _write(chunk, encoding, callback) {
                this.bufferedBytes.push(chunk);
                callback();
            }
        }
    }),
    1658: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            H: () => isReadableStream,
            q: () => isBlob
        });
        const isReadableStream = stream => typeof ReadableStream === "function" && (stream?.constructor?.name === ReadableStream.name || stream instanceof ReadableStream);
        const isBlob = blob => typeof Blob === "function" && (blob?.constructor?.name === Blob.name || blob instanceof Blob);
    }),
    7332: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            a: () => fromUtf8
        });
        var _util_buffer_from_buffer_from__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6664);
        const fromUtf8 = input => {
            const buf = (0, _util_buffer_from_buffer_from__WEBPACK_IMPORTED_MODULE_0__.s)(input, "utf8");
            return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength / Uint8Array.BYTES_PER_ELEMENT);
        };
    }),
    3243: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            F: () => toUint8Array
        });
        var _fromUtf8__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7332);
        const toUint8Array = data => {
            if (data instanceof Uint8Array) return data;
            if (typeof data === "string") return (0, _fromUtf8__WEBPACK_IMPORTED_MODULE_0__.a)(data);
            if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength / Uint8Array.BYTES_PER_ELEMENT);
            return new Uint8Array(data);
        };
    }),
    9809: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            P: () => toUtf8
        });
        var _util_buffer_from_buffer_from__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6664);
        const toUtf8 = input => {
            if (typeof input === "string") return input;
            if (typeof input !== "object" || typeof input.byteOffset !== "number" || typeof input.byteLength !== "number") throw new Error("@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");
            return (0, _util_buffer_from_buffer_from__WEBPACK_IMPORTED_MODULE_0__.Q)(input.buffer, input.byteOffset, input.byteLength).toString("utf8");
        };
    }),
    7004: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            D: () => NumericValue
        });
        const format = /^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/;
        class NumericValue {
            string;
            type;
            constructor(string, type) {
                this.string = string;
                this.type = type;
                if (!format.test(string)) throw new Error(`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${string}"`);
            }
            toString() {
                return this.string;
            }
            static [Symbol.hasInstance](object) {
                if (!object || typeof object !== "object") return false;
                const _nv = object;
                return NumericValue.prototype.isPrototypeOf(object) || _nv.type === "bigDecimal" && format.test(_nv.string);
            }
        }
    }),
    412: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            T: () => writeKey
        });
        function writeKey(obj) {
            Object.defineProperty(obj, "__proto__", {
                value: void 0,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }),
    8743: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            u: () => getSmithyContext
        });
        var _smithy_types__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7418);
        const getSmithyContext = context => context[_smithy_types__WEBPACK_IMPORTED_MODULE_0__.V] || (context[_smithy_types__WEBPACK_IMPORTED_MODULE_0__.V] = {});
    }),
    2990: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            $: () => hasOwn
        });
        function hasOwn(o, k) {
            return Object.prototype.hasOwnProperty.call(o, k);
        }
    }),
    9725: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            K: () => HttpRequest
        });
        class HttpRequest {
            method;
            protocol;
            hostname;
            port;
            path;
            query;
            headers;
            username;
            password;
            fragment;
            body;
            constructor(options) {
                this.method = options.method || "GET";
                this.hostname = options.hostname || "localhost";
                this.port = options.port;
                this.query = options.query || {};
                this.headers = options.headers || {};
                this.body = options.body;
                this.protocol = options.protocol ? options.protocol.slice(-1) !== ":" ? `${options.protocol}:` : options.protocol : "https:";
                this.path = options.path ? options.path.charAt(0) !== "/" ? `/${options.path}` : options.path : "/";
                this.username = options.username;
                this.password = options.password;
                this.fragment = options.fragment;
            }
            static clone(request) {
                const cloned = new HttpRequest({
                    ...request,
                    headers: {
                        ...request.headers
                    }
                });
                if (cloned.query) cloned.query = cloneQuery(cloned.query);
                return cloned;
            }
            static isInstance(request) {
                if (!request) return false;
                const req = request;
                return "method" in req && "protocol" in req && "hostname" in req && "path" in req && typeof req["query"] === "object" && typeof req["headers"] === "object";
            }
            clone() {
                return HttpRequest.clone(this);
            }
        }
        function cloneQuery(query) {
            return Object.keys(query).reduce((carry, paramName) => {
                const param = query[paramName];
                return {
                    ...carry,
                    [paramName]: Array.isArray(param) ? [ ...param ] : param
                };
            }, {});
        }
    }),
    5401: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            c: () => HttpResponse
        });
        class HttpResponse {
            statusCode;
            reason;
            headers;
            body;
            constructor(options) {
                this.statusCode = options.statusCode;
                this.reason = options.reason;
                this.headers = options.headers || {};
                this.body = options.body;
            }
            static isInstance(response) {
                if (!response) return false;
                const resp = response;
                return typeof resp.statusCode === "number" && typeof resp.headers === "object";
            }
        }
    }),
    4280: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            X: () => isValidHostLabel
        });
        const VALID_HOST_LABEL_REGEX = new RegExp(`^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$`);
        const isValidHostLabel = (value, allowSubDomains = false) => {
            if (!allowSubDomains) return VALID_HOST_LABEL_REGEX.test(value);
            const labels = value.split(".");
            for (const label of labels) if (!isValidHostLabel(label)) return false;
            return true;
        };
    }),
    9362: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            t: () => normalizeProvider
        });
        const normalizeProvider = input => {
            if (typeof input === "function") return input;
            const promisified = Promise.resolve(input);
            return () => promisified;
        };
    }),
    8977: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            D: () => parseUrl
        });
        function parseQueryString(querystring) {
            const query = {};
            querystring = querystring.replace(/^\?/, "");
            if (querystring) for (const pair of querystring.split("&")) {
                let [key, value = null] = pair.split("=");
                key = decodeURIComponent(key);
                if (value) value = decodeURIComponent(value);
                if (!(key in query)) query[key] = value; else if (Array.isArray(query[key])) query[key].push(value); else query[key] = [ query[key], value ];
            }
            return query;
        }
        const parseUrl = url => {
            if (typeof url === "string") return parseUrl(new URL(url));
            const {hostname: hostname, pathname: pathname, port: port, protocol: protocol, search: search} = url;
            let query;
            if (search) query = parseQueryString(search);
            return {
                hostname: hostname,
                port: port ? parseInt(port) : void 0,
                protocol: protocol,
                path: pathname,
                query: query
            };
        };
    }),
    3055: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            a: () => toEndpointV1
        });
        var _hasOwn__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2990);
        var _parseUrl__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8977);
        const toEndpointV1 = endpoint => {
            if (typeof endpoint === "object") {
                if ("url" in endpoint) {
                    const v1Endpoint = (0, _parseUrl__WEBPACK_IMPORTED_MODULE_0__.D)(endpoint.url);
                    if (endpoint.headers) {
                        v1Endpoint.headers = {};
                        for (const name in endpoint.headers) {
                            if (!(0, _hasOwn__WEBPACK_IMPORTED_MODULE_1__.$)(endpoint.headers, name)) continue;
                            v1Endpoint.headers[name.toLowerCase()] = endpoint.headers[name].join(", ");
                        }
                    }
                    return v1Endpoint;
                }
                return endpoint;
            }
            return (0, _parseUrl__WEBPACK_IMPORTED_MODULE_0__.D)(endpoint);
        };
    }),
    9607: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            $: () => NodeHttpHandler
        });
        var hasOwn = __nccwpck_require__(2990);
        var escape_uri = __nccwpck_require__(6856);
        function buildQueryString(query) {
            const parts = [];
            for (let key of Object.keys(query).sort()) {
                const value = query[key];
                key = (0, escape_uri.o)(key);
                if (Array.isArray(value)) for (let i = 0, iLen = value.length; i < iLen; i++) parts.push(`${key}=${(0, 
                escape_uri.o)(value[i])}`); else {
                    let qsEntry = key;
                    if (value || typeof value === "string") qsEntry += `=${(0, escape_uri.o)(value)}`;
                    parts.push(qsEntry);
                }
            }
            return parts.join("&");
        }
        var transport_httpResponse = __nccwpck_require__(5401);
        function buildAbortError(abortSignal) {
            const reason = abortSignal && typeof abortSignal === "object" && "reason" in abortSignal ? abortSignal.reason : void 0;
            if (reason) {
                if (reason instanceof Error) {
                    const abortError = new Error("Request aborted");
                    abortError.name = "AbortError";
                    abortError.cause = reason;
                    return abortError;
                }
                const abortError = new Error(String(reason));
                abortError.name = "AbortError";
                return abortError;
            }
            const abortError = new Error("Request aborted");
            abortError.name = "AbortError";
            return abortError;
        }
        const NODEJS_TIMEOUT_ERROR_CODES = [ "ECONNRESET", "EPIPE", "ETIMEDOUT" ];
        const getTransformedHeaders = headers => {
            const transformedHeaders = {};
            for (const name in headers) {
                if (!(0, hasOwn.$)(headers, name)) continue;
                const headerValues = headers[name];
                transformedHeaders[name] = Array.isArray(headerValues) ? headerValues.join(",") : headerValues;
            }
            return transformedHeaders;
        };
        const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
        var external_node_https_default = __nccwpck_require__.n(external_node_https_namespaceObject);
        const timing = {
            setTimeout: (cb, ms) => setTimeout(cb, ms),
            clearTimeout: timeoutId => clearTimeout(timeoutId)
        };
        const DEFER_EVENT_LISTENER_TIME = 1e3;
        const setConnectionTimeout = (request, reject, timeoutInMs = 0) => {
            if (!timeoutInMs) return -1;
            const registerTimeout = offset => {
                const timeoutId = timing.setTimeout(() => {
                    request.destroy();
                    reject(Object.assign(new Error(`@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of ${timeoutInMs} ms.`), {
                        name: "TimeoutError"
                    }));
                }, timeoutInMs - offset);
                const doWithSocket = socket => {
                    if (socket?.connecting) socket.on("connect", () => {
                        timing.clearTimeout(timeoutId);
                    }); else timing.clearTimeout(timeoutId);
                };
                if (request.socket) doWithSocket(request.socket); else request.on("socket", doWithSocket);
            };
            if (timeoutInMs < 2e3) {
                registerTimeout(0);
                return 0;
            }
            return timing.setTimeout(registerTimeout.bind(null, DEFER_EVENT_LISTENER_TIME), DEFER_EVENT_LISTENER_TIME);
        };
        const setRequestTimeout = (req, reject, timeoutInMs = 0, throwOnRequestTimeout, logger) => {
            if (timeoutInMs) return timing.setTimeout(() => {
                let msg = `@smithy/node-http-handler - [${throwOnRequestTimeout ? "ERROR" : "WARN"}] a request has exceeded the configured ${timeoutInMs} ms requestTimeout.`;
                if (throwOnRequestTimeout) {
                    const error = Object.assign(new Error(msg), {
                        name: "TimeoutError",
                        code: "ETIMEDOUT"
                    });
                    req.destroy(error);
                    reject(error);
                } else {
                    msg += ` Init client requestHandler with throwOnRequestTimeout=true to turn this into an error.`;
                    logger?.warn?.(msg);
                }
            }, timeoutInMs);
            return -1;
        };
        const set_socket_keep_alive_DEFER_EVENT_LISTENER_TIME = 3e3;
        const setSocketKeepAlive = (request, {keepAlive: keepAlive, keepAliveMsecs: keepAliveMsecs}, deferTimeMs = set_socket_keep_alive_DEFER_EVENT_LISTENER_TIME) => {
            if (keepAlive !== true) return -1;
            const registerListener = () => {
                if (request.socket) request.socket.setKeepAlive(keepAlive, keepAliveMsecs || 0); else request.on("socket", socket => {
                    socket.setKeepAlive(keepAlive, keepAliveMsecs || 0);
                });
            };
            if (deferTimeMs === 0) {
                registerListener();
                return 0;
            }
            return timing.setTimeout(registerListener, deferTimeMs);
        };
        const resolveDefaultSocketTimeout = config => {
            const value = config?.defaultSocketTimeout;
            return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : void 0;
        };
        const set_socket_timeout_DEFER_EVENT_LISTENER_TIME = 3e3;
        const setSocketTimeout = (request, reject, timeoutInMs = 0, isServiceDefault = false) => {
            if (!Number.isFinite(timeoutInMs) || timeoutInMs <= 0) return;
            let response;
            request.once("response", res => response = res);
            const onTimeout = () => {
                if (response?.complete) {
                    request.socket?.destroy();
                    return;
                }
                const error = Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${timeoutInMs} ms of inactivity (${isServiceDefault ? "service default socket timeout" : "configured by client requestHandler"}).`), {
                    name: "TimeoutError"
                });
                response?.destroy(error);
                request.destroy();
                reject(error);
            };
            const registerTimeout = () => {
                const {socket: socket} = request;
                if (!socket) request.once("socket", registerTimeout); else if (socket.connecting) socket.once("connect", registerTimeout); else {
                    socket.setTimeout(timeoutInMs, onTimeout);
                    request.on("close", () => socket.removeListener("timeout", onTimeout));
                }
            };
            if (timeoutInMs < 6e3) {
                registerTimeout();
                return;
            }
            const deferralId = timing.setTimeout(registerTimeout, set_socket_timeout_DEFER_EVENT_LISTENER_TIME);
            request.once("close", () => timing.clearTimeout(deferralId));
        };
        var external_node_stream_ = __nccwpck_require__(7075);
        const MIN_WAIT_TIME = 6e3;
        async function writeRequestBody(httpRequest, request, maxContinueTimeoutMs = MIN_WAIT_TIME, externalAgent = false) {
            const headers = request.headers;
            const expect = headers ? headers.Expect || headers.expect : void 0;
            let timeoutId = -1;
            let sendBody = true;
            if (!externalAgent && expect === "100-continue") sendBody = await Promise.race([ new Promise(resolve => {
                timeoutId = Number(timing.setTimeout(() => resolve(true), Math.max(MIN_WAIT_TIME, maxContinueTimeoutMs)));
            }), new Promise(resolve => {
                httpRequest.on("continue", () => {
                    timing.clearTimeout(timeoutId);
                    resolve(true);
                });
                httpRequest.on("response", () => {
                    timing.clearTimeout(timeoutId);
                    resolve(false);
                });
                httpRequest.on("error", () => {
                    timing.clearTimeout(timeoutId);
                    resolve(false);
                });
            }) ]);
            if (sendBody) writeBody(httpRequest, request.body);
        }
        function writeBody(httpRequest, body) {
            if (body instanceof external_node_stream_.Readable) {
                body.pipe(httpRequest);
                return;
            }
            if (body) {
                const isBuffer = Buffer.isBuffer(body);
                const isString = typeof body === "string";
                if (isBuffer || isString) {
                    if (isBuffer && body.byteLength === 0) httpRequest.end(); else httpRequest.end(body);
                    return;
                }
                const uint8 = body;
                if (typeof uint8 === "object" && uint8.buffer && typeof uint8.byteOffset === "number" && typeof uint8.byteLength === "number") {
                    httpRequest.end(Buffer.from(uint8.buffer, uint8.byteOffset, uint8.byteLength));
                    return;
                }
                httpRequest.end(Buffer.from(body));
                return;
            }
            httpRequest.end();
        }
        let hAgent;
        let hRequest;
        class NodeHttpHandler {
            config;
            configProvider;
            socketWarningTimestamp=0;
            externalAgent=false;
            metadata={
                handlerProtocol: "http/1.1"
            };
            static create(instanceOrOptions) {
                if (typeof instanceOrOptions?.handle === "function") return instanceOrOptions;
                return new NodeHttpHandler(instanceOrOptions);
            }
            static checkSocketUsage(agent, socketWarningTimestamp, logger = console) {
                const {sockets: sockets, requests: requests, maxSockets: maxSockets} = agent;
                if (typeof maxSockets !== "number" || maxSockets === 1 / 0) return socketWarningTimestamp;
                const interval = 15e3;
                if (Date.now() - interval < socketWarningTimestamp) return socketWarningTimestamp;
                if (sockets && requests) for (const origin in sockets) {
                    if (!(0, hasOwn.$)(sockets, origin)) continue;
                    const socketsInUse = sockets[origin]?.length ?? 0;
                    const requestsEnqueued = requests[origin]?.length ?? 0;
                    if (socketsInUse >= maxSockets && requestsEnqueued >= 2 * maxSockets) {
                        logger?.warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${socketsInUse} and ${requestsEnqueued} additional requests are enqueued.\nSee https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html\nor increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`);
                        return Date.now();
                    }
                }
                return socketWarningTimestamp;
            }
            constructor(options) {
                this.configProvider = new Promise((resolve, reject) => {
                    if (typeof options === "function") options().then(_options => {
                        resolve(this.resolveDefaultConfig(_options));
                    }).catch(reject); else resolve(this.resolveDefaultConfig(options));
                });
            }
            destroy() {
                this.config?.httpAgent?.destroy();
                this.config?.httpsAgent?.destroy();
            }
            async handle(request, {abortSignal: abortSignal, requestTimeout: requestTimeout} = {}) {
                if (!this.config) this.config = await this.configProvider;
                const config = this.config;
                const logger = config.logger;
                const isSSL = request.protocol === "https:";
                if (!isSSL && !this.config.httpAgent) this.config.httpAgent = await this.config.httpAgentProvider();
                return new Promise((_resolve, _reject) => {
                    let writeRequestBodyPromise;
                    let socketWarningTimeoutId = -1;
                    let connectionTimeoutId = -1;
                    let requestTimeoutId = -1;
                    let keepAliveTimeoutId = -1;
                    const clearTimeouts = () => {
                        timing.clearTimeout(socketWarningTimeoutId);
                        timing.clearTimeout(connectionTimeoutId);
                        timing.clearTimeout(requestTimeoutId);
                        timing.clearTimeout(keepAliveTimeoutId);
                    };
                    const resolve = async arg => {
                        await writeRequestBodyPromise;
                        clearTimeouts();
                        _resolve(arg);
                    };
                    const reject = async arg => {
                        await writeRequestBodyPromise;
                        clearTimeouts();
                        _reject(arg);
                    };
                    if (abortSignal?.aborted) {
                        const abortError = buildAbortError(abortSignal);
                        reject(abortError);
                        return;
                    }
                    const headers = request.headers;
                    const expectContinue = headers ? (headers.Expect ?? headers.expect) === "100-continue" : false;
                    let agent = isSSL ? config.httpsAgent : config.httpAgent;
                    if (expectContinue && !this.externalAgent) agent = new (isSSL ? external_node_https_default().Agent : hAgent)({
                        keepAlive: false,
                        maxSockets: 1 / 0
                    });
                    socketWarningTimeoutId = timing.setTimeout(() => {
                        this.socketWarningTimestamp = NodeHttpHandler.checkSocketUsage(agent, this.socketWarningTimestamp, logger);
                    }, config.socketAcquisitionWarningTimeout ?? (config.requestTimeout ?? 2e3) + (config.connectionTimeout ?? 1e3));
                    const queryString = request.query ? buildQueryString(request.query) : "";
                    let auth;
                    if (request.username != null || request.password != null) {
                        const username = request.username ?? "";
                        const password = request.password ?? "";
                        auth = `${username}:${password}`;
                    }
                    let path = request.path;
                    if (queryString) path += `?${queryString}`;
                    if (request.fragment) path += `#${request.fragment}`;
                    let hostname = request.hostname ?? "";
                    if (hostname[0] === "[" && hostname.endsWith("]")) hostname = request.hostname.slice(1, -1); else hostname = request.hostname;
                    const nodeHttpsOptions = {
                        headers: request.headers,
                        host: hostname,
                        method: request.method,
                        path: path,
                        port: request.port,
                        agent: agent,
                        auth: auth
                    };
                    const requestFunc = isSSL ? external_node_https_default().request : hRequest;
                    const req = requestFunc(nodeHttpsOptions, res => {
                        const httpResponse = new transport_httpResponse.c({
                            statusCode: res.statusCode || -1,
                            reason: res.statusMessage,
                            headers: getTransformedHeaders(res.headers),
                            body: res
                        });
                        resolve({
                            response: httpResponse
                        });
                    });
                    req.on("error", err => {
                        if (NODEJS_TIMEOUT_ERROR_CODES.includes(err.code)) reject(Object.assign(err, {
                            name: "TimeoutError"
                        })); else reject(err);
                    });
                    if (abortSignal) {
                        const onAbort = () => {
                            req.destroy();
                            const abortError = buildAbortError(abortSignal);
                            reject(abortError);
                        };
                        if (typeof abortSignal.addEventListener === "function") {
                            const signal = abortSignal;
                            signal.addEventListener("abort", onAbort, {
                                once: true
                            });
                            req.once("close", () => signal.removeEventListener("abort", onAbort));
                        } else abortSignal.onabort = onAbort;
                    }
                    const effectiveRequestTimeout = requestTimeout ?? config.requestTimeout;
                    connectionTimeoutId = setConnectionTimeout(req, reject, config.connectionTimeout);
                    requestTimeoutId = setRequestTimeout(req, reject, effectiveRequestTimeout, config.throwOnRequestTimeout, logger ?? console);
                    const defaultSocketTimeout = config.socketTimeout === void 0 ? resolveDefaultSocketTimeout(config) : void 0;
                    if (defaultSocketTimeout) setSocketTimeout(req, reject, defaultSocketTimeout, true); else setSocketTimeout(req, reject, config.socketTimeout);
                    const httpAgent = nodeHttpsOptions.agent;
                    if (typeof httpAgent === "object" && "keepAlive" in httpAgent) keepAliveTimeoutId = setSocketKeepAlive(req, {
                        keepAlive: httpAgent.keepAlive,
                        keepAliveMsecs: httpAgent.keepAliveMsecs
                    });
                    writeRequestBodyPromise = writeRequestBody(req, request, effectiveRequestTimeout, this.externalAgent).catch(e => {
                        clearTimeouts();
                        return _reject(e);
                    });
                });
            }
            updateHttpClientConfig(key, value) {
                this.config = void 0;
                this.configProvider = this.configProvider.then(config => {
                    switch (key) {
                      case Symbol.for("logger"):
                        key = "logger";
                        value = config.logger ?? value;
                        break;

                      case Symbol.for("@smithy/defaultSocketTimeout"):
                        key = "defaultSocketTimeout";
                        value = resolveDefaultSocketTimeout(config) ?? value;
                        break;
                    }
                    return {
                        ...config,
                        [key]: value
                    };
                });
            }
            httpHandlerConfigs() {
                return this.config ?? {};
            }
            resolveDefaultConfig(options) {
                const {requestTimeout: requestTimeout, connectionTimeout: connectionTimeout, socketTimeout: socketTimeout, socketAcquisitionWarningTimeout: socketAcquisitionWarningTimeout, httpAgent: httpAgent, httpsAgent: httpsAgent, throwOnRequestTimeout: throwOnRequestTimeout, logger: logger} = options || {};
                const keepAlive = true;
                const maxSockets = 50;
                let httpAgentPromise;
                return {
                    connectionTimeout: connectionTimeout,
                    requestTimeout: requestTimeout,
                    socketTimeout: socketTimeout,
                    defaultSocketTimeout: resolveDefaultSocketTimeout(options),
                    socketAcquisitionWarningTimeout: socketAcquisitionWarningTimeout,
                    throwOnRequestTimeout: throwOnRequestTimeout,
                    httpAgentProvider: () => httpAgentPromise ??= (async () => {
                        const node_http = await Promise.resolve().then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 23));
                        const {Agent: Agent, request: request} = node_http.default ?? node_http;
                        hRequest = request;
                        hAgent = Agent;
                        if (httpAgent instanceof hAgent || typeof httpAgent?.destroy === "function") {
                            this.externalAgent = true;
                            return httpAgent;
                        }
                        return new hAgent({
                            keepAlive: keepAlive,
                            maxSockets: maxSockets,
                            ...httpAgent
                        });
                    })(),
                    httpsAgent: (() => {
                        if (httpsAgent instanceof external_node_https_default().Agent || typeof httpsAgent?.destroy === "function") {
                            this.externalAgent = true;
                            return httpsAgent;
                        }
                        return new (external_node_https_default().Agent)({
                            keepAlive: keepAlive,
                            maxSockets: maxSockets,
                            ...httpsAgent
                        });
                    })(),
                    logger: logger
                };
            }
        }
    }),
    7476: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            B: () => SignatureV4
        });
        var hex_encoding = __nccwpck_require__(68);
        var toUint8Array = __nccwpck_require__(3243);
        var transport_hasOwn = __nccwpck_require__(2990);
        var fromUtf8 = __nccwpck_require__(7332);
        class HeaderFormatter {
            format(headers) {
                const chunks = [];
                for (const headerName in headers) {
                    if (!(0, transport_hasOwn.$)(headers, headerName)) continue;
                    const bytes = (0, fromUtf8.a)(headerName);
                    chunks.push(Uint8Array.from([ bytes.byteLength ]), bytes, this.formatHeaderValue(headers[headerName]));
                }
                const out = new Uint8Array(chunks.reduce((carry, bytes) => carry + bytes.byteLength, 0));
                let position = 0;
                for (const chunk of chunks) {
                    out.set(chunk, position);
                    position += chunk.byteLength;
                }
                return out;
            }
            formatHeaderValue(header) {
                switch (header.type) {
                  case "boolean":
                    return Uint8Array.from([ header.value ? 0 : 1 ]);

                  case "byte":
                    return Uint8Array.from([ 2, header.value ]);

                  case "short":
                    const shortView = new DataView(new ArrayBuffer(3));
                    shortView.setUint8(0, 3);
                    shortView.setInt16(1, header.value, false);
                    return new Uint8Array(shortView.buffer);

                  case "integer":
                    const intView = new DataView(new ArrayBuffer(5));
                    intView.setUint8(0, 4);
                    intView.setInt32(1, header.value, false);
                    return new Uint8Array(intView.buffer);

                  case "long":
                    const longBytes = new Uint8Array(9);
                    longBytes[0] = 5;
                    longBytes.set(header.value.bytes, 1);
                    return longBytes;

                  case "binary":
                    const binView = new DataView(new ArrayBuffer(3 + header.value.byteLength));
                    binView.setUint8(0, 6);
                    binView.setUint16(1, header.value.byteLength, false);
                    const binBytes = new Uint8Array(binView.buffer);
                    binBytes.set(header.value, 3);
                    return binBytes;

                  case "string":
                    const utf8Bytes = (0, fromUtf8.a)(header.value);
                    const strView = new DataView(new ArrayBuffer(3 + utf8Bytes.byteLength));
                    strView.setUint8(0, 7);
                    strView.setUint16(1, utf8Bytes.byteLength, false);
                    const strBytes = new Uint8Array(strView.buffer);
                    strBytes.set(utf8Bytes, 3);
                    return strBytes;

                  case "timestamp":
                    const tsBytes = new Uint8Array(9);
                    tsBytes[0] = 8;
                    tsBytes.set(Int64.fromNumber(header.value.valueOf()).bytes, 1);
                    return tsBytes;

                  case "uuid":
                    if (!UUID_PATTERN.test(header.value)) throw new Error(`Invalid UUID received: ${header.value}`);
                    const uuidBytes = new Uint8Array(17);
                    uuidBytes[0] = 9;
                    uuidBytes.set((0, hex_encoding.a)(header.value.replace(/-/g, "")), 1);
                    return uuidBytes;
                }
            }
        }
        var HEADER_VALUE_TYPE;
        (function(HEADER_VALUE_TYPE) {
            HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["boolTrue"] = 0] = "boolTrue";
            HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["boolFalse"] = 1] = "boolFalse";
            HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["byte"] = 2] = "byte";
            HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["short"] = 3] = "short";
            HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["integer"] = 4] = "integer";
            HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["long"] = 5] = "long";
            HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["byteArray"] = 6] = "byteArray";
            HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["string"] = 7] = "string";
            HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["timestamp"] = 8] = "timestamp";
            HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["uuid"] = 9] = "uuid";
        })(HEADER_VALUE_TYPE || (HEADER_VALUE_TYPE = {}));
        const UUID_PATTERN = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/;
        class Int64 {
            bytes;
            constructor(bytes) {
                this.bytes = bytes;
                if (bytes.byteLength !== 8) throw new Error("Int64 buffers must be exactly 8 bytes");
            }
            static fromNumber(number) {
                if (number > 0x8000000000000000 || number < -0x8000000000000000) throw new Error(`${number} is too large (or, if negative, too small) to represent as an Int64`);
                const bytes = new Uint8Array(8);
                for (let i = 7, remaining = Math.abs(Math.round(number)); i > -1 && remaining > 0; i--, 
                remaining /= 256) bytes[i] = remaining;
                if (number < 0) negate(bytes);
                return new Int64(bytes);
            }
            valueOf() {
                const bytes = this.bytes.slice(0);
                const negative = bytes[0] & 128;
                if (negative) negate(bytes);
                return parseInt((0, hex_encoding.n)(bytes), 16) * (negative ? -1 : 1);
            }
            toString() {
                return String(this.valueOf());
            }
        }
        function negate(bytes) {
            for (let i = 0; i < 8; i++) bytes[i] ^= 255;
            for (let i = 7; i > -1; i--) {
                bytes[i]++;
                if (bytes[i] !== 0) break;
            }
        }
        var normalizeProvider = __nccwpck_require__(9362);
        var escape_uri = __nccwpck_require__(6856);
        const ALGORITHM_QUERY_PARAM = "X-Amz-Algorithm";
        const CREDENTIAL_QUERY_PARAM = "X-Amz-Credential";
        const AMZ_DATE_QUERY_PARAM = "X-Amz-Date";
        const SIGNED_HEADERS_QUERY_PARAM = "X-Amz-SignedHeaders";
        const EXPIRES_QUERY_PARAM = "X-Amz-Expires";
        const SIGNATURE_QUERY_PARAM = "X-Amz-Signature";
        const TOKEN_QUERY_PARAM = "X-Amz-Security-Token";
        const AUTH_HEADER = "authorization";
        const AMZ_DATE_HEADER = AMZ_DATE_QUERY_PARAM.toLowerCase();
        const DATE_HEADER = "date";
        const GENERATED_HEADERS = [ AUTH_HEADER, AMZ_DATE_HEADER, DATE_HEADER ];
        const SIGNATURE_HEADER = SIGNATURE_QUERY_PARAM.toLowerCase();
        const SHA256_HEADER = "x-amz-content-sha256";
        const TOKEN_HEADER = TOKEN_QUERY_PARAM.toLowerCase();
        const ALWAYS_UNSIGNABLE_HEADERS = {
            authorization: true,
            "cache-control": true,
            connection: true,
            expect: true,
            from: true,
            "keep-alive": true,
            "max-forwards": true,
            pragma: true,
            referer: true,
            te: true,
            trailer: true,
            "transfer-encoding": true,
            upgrade: true,
            "user-agent": true,
            "x-amzn-trace-id": true
        };
        const PROXY_HEADER_PATTERN = /^proxy-/;
        const SEC_HEADER_PATTERN = /^sec-/;
        const ALGORITHM_IDENTIFIER = "AWS4-HMAC-SHA256";
        const EVENT_ALGORITHM_IDENTIFIER = "AWS4-HMAC-SHA256-PAYLOAD";
        const UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
        const MAX_CACHE_SIZE = 50;
        const KEY_TYPE_IDENTIFIER = "aws4_request";
        const MAX_PRESIGNED_TTL = 60 * 60 * 24 * 7;
        const getCanonicalQuery = ({query: query = {}}) => {
            const keys = [];
            const serialized = {};
            for (const key in query) {
                if (!(0, transport_hasOwn.$)(query, key)) continue;
                if (key.toLowerCase() === SIGNATURE_HEADER) continue;
                const encodedKey = (0, escape_uri.o)(key);
                keys.push(encodedKey);
                const value = query[key];
                if (typeof value === "string") serialized[encodedKey] = `${encodedKey}=${(0, escape_uri.o)(value)}`; else if (Array.isArray(value)) serialized[encodedKey] = value.slice(0).reduce((encoded, value) => encoded.concat([ `${encodedKey}=${(0, 
                escape_uri.o)(value)}` ]), []).sort().join("&");
            }
            return keys.sort().map(key => serialized[key]).filter(serialized => serialized).join("&");
        };
        const iso8601 = time => toDate(time).toISOString().replace(/\.\d{3}Z$/, "Z");
        const toDate = time => {
            if (typeof time === "number") return new Date(time * 1e3);
            if (typeof time === "string") {
                if (Number(time)) return new Date(Number(time) * 1e3);
                return new Date(time);
            }
            return time;
        };
        class SignatureV4Base {
            service;
            regionProvider;
            credentialProvider;
            sha256;
            uriEscapePath;
            applyChecksum;
            constructor({applyChecksum: applyChecksum, credentials: credentials, region: region, service: service, sha256: sha256, uriEscapePath: uriEscapePath = true}) {
                this.service = service;
                this.sha256 = sha256;
                this.uriEscapePath = uriEscapePath;
                this.applyChecksum = typeof applyChecksum === "boolean" ? applyChecksum : true;
                this.regionProvider = (0, normalizeProvider.t)(region);
                this.credentialProvider = (0, normalizeProvider.t)(credentials);
            }
            createCanonicalRequest(request, canonicalHeaders, payloadHash) {
                const sortedHeaders = Object.keys(canonicalHeaders).sort();
                return `${request.method}\n${this.getCanonicalPath(request)}\n${getCanonicalQuery(request)}\n${sortedHeaders.map(name => `${name}:${canonicalHeaders[name]}`).join("\n")}\n\n${sortedHeaders.join(";")}\n${payloadHash}`;
            }
            async createStringToSign(longDate, credentialScope, canonicalRequest, algorithmIdentifier) {
                const hash = new this.sha256;
                hash.update((0, toUint8Array.F)(canonicalRequest));
                const hashedRequest = await hash.digest();
                return `${algorithmIdentifier}\n${longDate}\n${credentialScope}\n${(0, hex_encoding.n)(hashedRequest)}`;
            }
            getCanonicalPath({path: path}) {
                if (this.uriEscapePath) {
                    const normalizedPathSegments = [];
                    for (const pathSegment of path.split("/")) {
                        if (pathSegment?.length === 0) continue;
                        if (pathSegment === ".") continue;
                        if (pathSegment === "..") normalizedPathSegments.pop(); else normalizedPathSegments.push(pathSegment);
                    }
                    const normalizedPath = `${path?.startsWith("/") ? "/" : ""}${normalizedPathSegments.join("/")}${normalizedPathSegments.length > 0 && path?.endsWith("/") ? "/" : ""}`;
                    const doubleEncoded = (0, escape_uri.o)(normalizedPath);
                    return doubleEncoded.replace(/%2F/g, "/");
                }
                return path;
            }
            validateResolvedCredentials(credentials) {
                if (typeof credentials !== "object" || typeof credentials.accessKeyId !== "string" || typeof credentials.secretAccessKey !== "string") throw new Error("Resolved credential object is not valid");
            }
            formatDate(now) {
                const longDate = iso8601(now).replace(/[-:]/g, "");
                return {
                    longDate: longDate,
                    shortDate: longDate.slice(0, 8)
                };
            }
            getCanonicalHeaderList(headers) {
                return Object.keys(headers).sort().join(";");
            }
        }
        const signingKeyCache = {};
        const cacheQueue = [];
        const createScope = (shortDate, region, service) => `${shortDate}/${region}/${service}/${KEY_TYPE_IDENTIFIER}`;
        const getSigningKey = async (sha256Constructor, credentials, shortDate, region, service) => {
            const credsHash = await hmac(sha256Constructor, credentials.secretAccessKey, credentials.accessKeyId);
            const cacheKey = `${shortDate}:${region}:${service}:${(0, hex_encoding.n)(credsHash)}:${credentials.sessionToken}`;
            if (cacheKey in signingKeyCache) return signingKeyCache[cacheKey];
            cacheQueue.push(cacheKey);
            while (cacheQueue.length > MAX_CACHE_SIZE) delete signingKeyCache[cacheQueue.shift()];
            let key = `AWS4${credentials.secretAccessKey}`;
            for (const signable of [ shortDate, region, service, KEY_TYPE_IDENTIFIER ]) key = await hmac(sha256Constructor, key, signable);
            return signingKeyCache[cacheKey] = key;
        };
        const hmac = (ctor, secret, data) => {
            const hash = new ctor(secret);
            hash.update((0, toUint8Array.F)(data));
            return hash.digest();
        };
        var writeKey = __nccwpck_require__(412);
        const getCanonicalHeaders = ({headers: headers}, unsignableHeaders, signableHeaders) => {
            const canonical = {};
            for (const headerName of Object.keys(headers).sort()) {
                if (headers[headerName] == void 0) continue;
                const canonicalHeaderName = headerName.toLowerCase();
                if ((0, transport_hasOwn.$)(ALWAYS_UNSIGNABLE_HEADERS, canonicalHeaderName) || unsignableHeaders?.has(canonicalHeaderName) || PROXY_HEADER_PATTERN.test(canonicalHeaderName) || SEC_HEADER_PATTERN.test(canonicalHeaderName)) if (!signableHeaders || signableHeaders && !signableHeaders.has(canonicalHeaderName)) continue;
                if (canonicalHeaderName === "__proto__") (0, writeKey.T)(canonical);
                canonical[canonicalHeaderName] = headers[headerName].replace(/[\r\n]/g, " ").replace(/[ \t]+/g, " ").replace(/^ | $/g, "");
            }
            return canonical;
        };
        var is_array_buffer = __nccwpck_require__(1719);
        const getPayloadHash = async ({headers: headers, body: body}, hashConstructor) => {
            for (const headerName in headers) {
                if (!(0, transport_hasOwn.$)(headers, headerName)) continue;
                if (headerName.toLowerCase() === SHA256_HEADER) return headers[headerName];
            }
            if (body == void 0) return "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"; else if (typeof body === "string" || ArrayBuffer.isView(body) || (0, 
            is_array_buffer.m)(body)) {
                const hashCtor = new hashConstructor;
                hashCtor.update((0, toUint8Array.F)(body));
                return (0, hex_encoding.n)(await hashCtor.digest());
            }
            return UNSIGNED_PAYLOAD;
        };
        const hasHeader = (soughtHeader, headers) => {
            soughtHeader = soughtHeader.toLowerCase();
            for (const headerName in headers) {
                if (!(0, transport_hasOwn.$)(headers, headerName)) continue;
                if (soughtHeader === headerName.toLowerCase()) return true;
            }
            return false;
        };
        var httpRequest = __nccwpck_require__(9725);
        const moveHeadersToQuery = (request, options = {}) => {
            const {headers: headers, query: query = {}} = httpRequest.K.clone(request);
            for (const name in headers) {
                if (!(0, transport_hasOwn.$)(headers, name)) continue;
                const lname = name.toLowerCase();
                if (lname.slice(0, 6) === "x-amz-" && !options.unhoistableHeaders?.has(lname) || options.hoistableHeaders?.has(lname)) {
                    query[name] = headers[name];
                    delete headers[name];
                }
            }
            return {
                ...request,
                headers: headers,
                query: query
            };
        };
        const prepareRequest = request => {
            request = httpRequest.K.clone(request);
            for (const headerName in request.headers) {
                if (!(0, transport_hasOwn.$)(request.headers, headerName)) continue;
                if (GENERATED_HEADERS.indexOf(headerName.toLowerCase()) > -1) delete request.headers[headerName];
            }
            return request;
        };
        class SignatureV4 extends SignatureV4Base {
            headerFormatter=new HeaderFormatter;
            constructor({applyChecksum: applyChecksum, credentials: credentials, region: region, service: service, sha256: sha256, uriEscapePath: uriEscapePath = true}) {
                super({
                    applyChecksum: applyChecksum,
                    credentials: credentials,
                    region: region,
                    service: service,
                    sha256: sha256,
                    uriEscapePath: uriEscapePath
                });
            }
            async presign(originalRequest, options = {}) {
                const {signingDate: signingDate = new Date, expiresIn: expiresIn = 3600, unsignableHeaders: unsignableHeaders, unhoistableHeaders: unhoistableHeaders, signableHeaders: signableHeaders, hoistableHeaders: hoistableHeaders, signingRegion: signingRegion, signingService: signingService} = options;
                const credentials = await this.credentialProvider();
                this.validateResolvedCredentials(credentials);
                const region = signingRegion ?? await this.regionProvider();
                const {longDate: longDate, shortDate: shortDate} = this.formatDate(signingDate);
                if (expiresIn > MAX_PRESIGNED_TTL) return Promise.reject("Signature version 4 presigned URLs" + " must have an expiration date less than one week in" + " the future");
                const scope = createScope(shortDate, region, signingService ?? this.service);
                const request = moveHeadersToQuery(prepareRequest(originalRequest), {
                    unhoistableHeaders: unhoistableHeaders,
                    hoistableHeaders: hoistableHeaders
                });
                if (credentials.sessionToken) request.query[TOKEN_QUERY_PARAM] = credentials.sessionToken;
                request.query[ALGORITHM_QUERY_PARAM] = ALGORITHM_IDENTIFIER;
                request.query[CREDENTIAL_QUERY_PARAM] = `${credentials.accessKeyId}/${scope}`;
                request.query[AMZ_DATE_QUERY_PARAM] = longDate;
                request.query[EXPIRES_QUERY_PARAM] = expiresIn.toString(10);
                const canonicalHeaders = getCanonicalHeaders(request, unsignableHeaders, signableHeaders);
                request.query[SIGNED_HEADERS_QUERY_PARAM] = this.getCanonicalHeaderList(canonicalHeaders);
                request.query[SIGNATURE_QUERY_PARAM] = await this.getSignature(longDate, scope, this.getSigningKey(credentials, region, shortDate, signingService), this.createCanonicalRequest(request, canonicalHeaders, await getPayloadHash(originalRequest, this.sha256)));
                return request;
            }
            async sign(toSign, options) {
                if (typeof toSign === "string") return this.signString(toSign, options); else if (toSign.headers && toSign.payload) return this.signEvent(toSign, options); else if (toSign.message) return this.signMessage(toSign, options); else return this.signRequest(toSign, options);
            }
            async signEvent({headers: headers, payload: payload}, {signingDate: signingDate = new Date, priorSignature: priorSignature, signingRegion: signingRegion, signingService: signingService, eventStreamCredentials: eventStreamCredentials}) {
                const region = signingRegion ?? await this.regionProvider();
                const {shortDate: shortDate, longDate: longDate} = this.formatDate(signingDate);
                const scope = createScope(shortDate, region, signingService ?? this.service);
                const hashedPayload = await getPayloadHash({
                    headers: {},
                    body: payload
                }, this.sha256);
                const hash = new this.sha256;
                hash.update(headers);
                const hashedHeaders = (0, hex_encoding.n)(await hash.digest());
                const stringToSign = [ EVENT_ALGORITHM_IDENTIFIER, longDate, scope, priorSignature, hashedHeaders, hashedPayload ].join("\n");
                return this.signString(stringToSign, {
                    signingDate: signingDate,
                    signingRegion: region,
                    signingService: signingService,
                    eventStreamCredentials: eventStreamCredentials
                });
            }
            async signMessage(signableMessage, {signingDate: signingDate = new Date, signingRegion: signingRegion, signingService: signingService, eventStreamCredentials: eventStreamCredentials}) {
                const promise = this.signEvent({
                    headers: this.headerFormatter.format(signableMessage.message.headers),
                    payload: signableMessage.message.body
                }, {
                    signingDate: signingDate,
                    signingRegion: signingRegion,
                    signingService: signingService,
                    priorSignature: signableMessage.priorSignature,
                    eventStreamCredentials: eventStreamCredentials
                });
                return promise.then(signature => ({
                    message: signableMessage.message,
                    signature: signature
                }));
            }
            async signString(stringToSign, {signingDate: signingDate = new Date, signingRegion: signingRegion, signingService: signingService, eventStreamCredentials: eventStreamCredentials} = {}) {
                const credentials = eventStreamCredentials ?? await this.credentialProvider();
                this.validateResolvedCredentials(credentials);
                const region = signingRegion ?? await this.regionProvider();
                const {shortDate: shortDate} = this.formatDate(signingDate);
                const hash = new this.sha256(await this.getSigningKey(credentials, region, shortDate, signingService));
                hash.update((0, toUint8Array.F)(stringToSign));
                return (0, hex_encoding.n)(await hash.digest());
            }
            async signRequest(requestToSign, {signingDate: signingDate = new Date, signableHeaders: signableHeaders, unsignableHeaders: unsignableHeaders, signingRegion: signingRegion, signingService: signingService} = {}) {
                const credentials = await this.credentialProvider();
                this.validateResolvedCredentials(credentials);
                const region = signingRegion ?? await this.regionProvider();
                const request = prepareRequest(requestToSign);
                const {longDate: longDate, shortDate: shortDate} = this.formatDate(signingDate);
                const scope = createScope(shortDate, region, signingService ?? this.service);
                request.headers[AMZ_DATE_HEADER] = longDate;
                if (credentials.sessionToken) request.headers[TOKEN_HEADER] = credentials.sessionToken;
                const payloadHash = await getPayloadHash(request, this.sha256);
                if (!hasHeader(SHA256_HEADER, request.headers) && this.applyChecksum) request.headers[SHA256_HEADER] = payloadHash;
                const canonicalHeaders = getCanonicalHeaders(request, unsignableHeaders, signableHeaders);
                const signature = await this.getSignature(longDate, scope, this.getSigningKey(credentials, region, shortDate, signingService), this.createCanonicalRequest(request, canonicalHeaders, payloadHash));
                request.headers[AUTH_HEADER] = `${ALGORITHM_IDENTIFIER} ` + `Credential=${credentials.accessKeyId}/${scope}, ` + `SignedHeaders=${this.getCanonicalHeaderList(canonicalHeaders)}, ` + `Signature=${signature}`;
                return request;
            }
            async getSignature(longDate, credentialScope, keyPromise, canonicalRequest) {
                const stringToSign = await this.createStringToSign(longDate, credentialScope, canonicalRequest, ALGORITHM_IDENTIFIER);
                const hash = new this.sha256(await keyPromise);
                hash.update((0, toUint8Array.F)(stringToSign));
                return (0, hex_encoding.n)(await hash.digest());
            }
            getSigningKey(credentials, region, shortDate, service) {
                return getSigningKey(this.sha256, credentials, shortDate, region, service || this.service);
            }
        }
    }),
    7418: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            V: () => SMITHY_CONTEXT_KEY
        });
        const SMITHY_CONTEXT_KEY = "__smithy_context";
    }),
    8669: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            I: () => IniSectionType
        });
        var IniSectionType;
        (function(IniSectionType) {
            IniSectionType["PROFILE"] = "profile";
            IniSectionType["SSO_SESSION"] = "sso-session";
            IniSectionType["SERVICES"] = "services";
        })(IniSectionType || (IniSectionType = {}));
    }),
    8098: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            Is: () => errorName,
            PO: () => errorStatus,
            Uc: () => describeError,
            e8: () => networkCode,
            f8: () => errorKind,
            gJ: () => errorMessage
        });
        const UNSENT_CODES = new Set([ "ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH", "ERR_INVALID_URL" ]);
        const AMBIGUOUS_CODES = new Set([ "ECONNRESET", "EPIPE", "ETIMEDOUT", "ECONNABORTED", "UND_ERR_SOCKET" ]);
        const AMBIGUOUS_NAMES = new Set([ "TimeoutError", "RequestTimeout", "RequestTimeoutException" ]);
        function errorStatus(error) {
            return error?.$metadata?.httpStatusCode;
        }
        const RESET_CODES = new Set([ "ECONNRESET", "EPIPE" ]);
        function errorName(error) {
            const e = error;
            const name = e?.name ?? "Error";
            if (name === "TimeoutError" && e?.code && RESET_CODES.has(e.code)) return e.code;
            if (name === "TimeoutError" && e?.message && /socket hang up/i.test(e.message)) return "ECONNRESET";
            return name;
        }
        function errorMessage(error) {
            return error instanceof Error ? error.message : String(error);
        }
        function describeError(error) {
            return `${errorName(error)}: ${errorMessage(error)}`;
        }
        function networkCode(error) {
            const e = error;
            if (e?.code && (UNSENT_CODES.has(e.code) || AMBIGUOUS_CODES.has(e.code))) return e.code;
            if (e?.message && /socket hang up/i.test(e.message)) return "ECONNRESET";
            if (e && AMBIGUOUS_NAMES.has(e.name ?? "")) return "ETIMEDOUT";
            return;
        }
        function errorKind(error) {
            const name = errorName(error);
            const status = errorStatus(error);
            if (name === "ThrottlingException" || status === 429) return "throttle";
            if (name === "ServiceQuotaExceededException" || status === 402) return "quota";
            const code = networkCode(error);
            if (code && UNSENT_CODES.has(code)) return "unsent";
            if (code) return "ambiguous";
            if (error?.$fault === "server" || status !== void 0 && status >= 500) return "ambiguous";
            return "fatal";
        }
    }),
    4163: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            Qs: () => ServiceClock,
            Tj: () => callContextOf,
            Vv: () => proxyInfo,
            do: () => instrumentation
        });
        function proxyInfo(target, proxy, explicit, env = process.env) {
            if (!proxy) return;
            let url;
            try {
                const parsed = new URL(proxy);
                parsed.username = "";
                parsed.password = "";
                url = parsed.href.replace(/\/$/, "");
            } catch {
                url = proxy.replace(/\/\/[^@/]*@/, "//");
            }
            if (explicit) return {
                url: url,
                source: "the http-proxy input"
            };
            const first = target.startsWith("https:") ? "https" : "http";
            const names = [ first, first === "https" ? "http" : "https", "all" ].flatMap(p => [ `${p.toUpperCase()}_PROXY`, `${p}_proxy`, `npm_config_${p}_proxy` ]);
            const source = names.find(name => env[name] === proxy);
            return {
                url: url,
                source: source ?? "the environment"
            };
        }
        const CONTEXT = Symbol.for("healthomics-import.call-context");
        function callContextOf(error) {
            return typeof error === "object" && error !== null ? error[CONTEXT] ?? void 0 : void 0;
        }
        function withCallContext(error, context) {
            if (typeof error === "object" && error !== null && !callContextOf(error)) Object.defineProperty(error, CONTEXT, {
                value: context,
                enumerable: false,
                configurable: true
            });
            return error;
        }
        class ServiceClock {
            now;
            lowerOffset;
            constructor(now) {
                this.now = now;
            }
            observe(dateHeader, receivedAt = this.now()) {
                const serviceTime = dateHeader ? Date.parse(dateHeader) : NaN;
                if (Number.isNaN(serviceTime)) return;
                const offset = serviceTime - receivedAt;
                this.lowerOffset = Math.max(this.lowerOffset ?? -1 / 0, offset);
            }
            earliestServiceTime(localTime) {
                return this.lowerOffset === void 0 ? void 0 : localTime + this.lowerOffset;
            }
        }
        function instrumentation(service, endpoint, clock, proxy) {
            const context = (next, handlerContext) => async args => {
                try {
                    return await next(args);
                } catch (error) {
                    throw withCallContext(error, {
                        operation: (handlerContext.commandName ?? "call").replace(/Command$/, ""),
                        service: service,
                        endpoint: endpoint,
                        input: {
                            ...args.input
                        },
                        ...proxy && {
                            proxy: proxy
                        }
                    });
                }
            };
            const dates = next => async args => {
                try {
                    const out = await next(args);
                    clock?.observe(headerOf(out.response, "date"));
                    return out;
                } catch (error) {
                    clock?.observe(headerOf(error.$response, "date"));
                    throw error;
                }
            };
            return {
                applyToStack(stack) {
                    stack.add(context, {
                        step: "initialize",
                        name: "callContext",
                        override: true
                    });
                    stack.add(dates, {
                        step: "deserialize",
                        priority: "low",
                        name: "serviceClock",
                        override: true
                    });
                }
            };
        }
        function headerOf(response, name) {
            const headers = response?.headers;
            return headers?.[name] ?? headers?.[name.replace(/^./, c => c.toUpperCase())];
        }
    }),
    9407: ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => {
            try {
                var _run_step_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9505);
                var _start_action_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1227);
                await (0, _run_step_js__WEBPACK_IMPORTED_MODULE_0__.eg)(_start_action_js__WEBPACK_IMPORTED_MODULE_1__.bP);
                __webpack_async_result__();
            } catch (e) {
                __webpack_async_result__(e);
            }
        }, 1);
    }),
    847: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            $Q: () => endpointProblem,
            Tz: () => endpointNotices,
            ci: () => ENDPOINT_VARIABLES,
            eq: () => proxyVariables,
            wS: () => proxyProblem
        });
        var _shared_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4646);
        function withoutUserInfo(value) {
            const at = value.lastIndexOf("@");
            if (at < 0) return value;
            const slashes = value.indexOf("//");
            const start = slashes >= 0 && slashes < at ? slashes + 2 : 0;
            return `${value.slice(0, start)}***${value.slice(at)}`;
        }
        const METADATA_NAMES = new Set([ "instance-data", "instance-data.ec2.internal", "metadata", "metadata.google.internal", "metadata.azure.internal" ]);
        const AWS_SUFFIXES = [ ".amazonaws.com", ".amazonaws.com.cn", ".api.aws" ];
        function unmapped(host) {
            const mapped = /^\[::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})\]$/.exec(host);
            if (!mapped) return host;
            const [high, low] = [ parseInt(mapped[1] ?? "0", 16), parseInt(mapped[2] ?? "0", 16) ];
            return [ high >> 8, high & 255, low >> 8, low & 255 ].join(".");
        }
        function hostKind(hostname) {
            const host = unmapped(hostname.toLowerCase().replace(/\.$/, ""));
            if (/^127\.\d+\.\d+\.\d+$/.test(host) || host === "[::1]" || host === "localhost") return "loopback";
            if (/^169\.254\.\d+\.\d+$/.test(host) || host === "100.100.100.200") return "metadata";
            if (/^\[fe[89ab][0-9a-f]:/.test(host) || /^\[fd00:ec2:/.test(host)) return "metadata";
            if (METADATA_NAMES.has(host)) return "metadata";
            if (AWS_SUFFIXES.some(suffix => host.endsWith(suffix))) return "aws";
            return "other";
        }
        function parsed(value) {
            try {
                const url = new URL(value);
                return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "" ? url : void 0;
            } catch {
                return;
            }
        }
        function endpointProblem(value, example) {
            const safe = (0, _shared_text_js__WEBPACK_IMPORTED_MODULE_0__.SP)(withoutUserInfo(value));
            const url = parsed(value);
            if (!url) return `expected an http:// or https:// URL such as ${example}, got ${safe}`;
            if (url.username !== "" || url.password !== "" || value.includes("@")) return `must not carry a user name or password (user@ or user:password@): the SDK never sends them, requests are signed with the AWS credentials; got ${safe}`;
            const kind = hostKind(url.hostname);
            if (kind === "metadata") return `is a link-local or cloud metadata address (${url.hostname}): signed requests, which carry the access key id and session token, are never sent there; got ${safe}`;
            if (url.protocol === "http:" && kind !== "loopback") return `must be https:// (plain http:// only to loopback: 127.0.0.1, ::1, localhost), as signed requests carry the access key id and session token; got ${safe}`;
            return;
        }
        function endpointNotice(value, name) {
            const url = parsed(value);
            if (!url || hostKind(url.hostname) !== "other") return;
            return `${name} sends this step's signed AWS requests to ${url.host}, which is not an AWS host (*.amazonaws.com, *.amazonaws.com.cn, *.api.aws)`;
        }
        function endpointNotices(endpointUrl, env) {
            const given = [ [ "endpoint-url", endpointUrl ], ...ENDPOINT_VARIABLES.map(name => [ name, env[name]?.trim() ]) ];
            return given.flatMap(([name, value]) => {
                const notice = value ? endpointNotice(value, name) : void 0;
                return notice ? [ notice ] : [];
            });
        }
        function proxyProblem(value, example) {
            if (parsed(value)) return;
            return `expected an http:// or https:// URL such as ${example}, got ${(0, _shared_text_js__WEBPACK_IMPORTED_MODULE_0__.SP)(withoutUserInfo(value))}`;
        }
        const ENDPOINT_VARIABLES = [ "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_OMICS", "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL_STS" ];
        function proxyVariables(env) {
            return [ "http", "https", "all" ].flatMap(scheme => {
                const lower = `${scheme}_proxy`;
                const upper = lower.toUpperCase();
                const name = env[lower] ? lower : env[upper] ? upper : void 0;
                const value = name === void 0 ? void 0 : env[name] ?? "";
                if (name === void 0 || value === void 0) return [];
                return [ [ name, value.includes("://") ? value : `${scheme === "all" ? "http" : scheme}://${value}` ] ];
            });
        }
    }),
    6757: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            Zg: () => REGION,
            mP: () => Reader,
            rf: () => yamlFor
        });
        var _shared_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4646);
        const REGION = /^[a-z]{2}(-[a-z0-9]+)+-\d+$/;
        const TRUE_WORDS = [ "true", "True", "TRUE" ];
        const FALSE_WORDS = [ "false", "False", "FALSE" ];
        class Reader {
            get;
            env;
            yaml;
            problems=[];
            constructor(get, env, yaml) {
                this.get = get;
                this.env = env;
                this.yaml = yaml;
            }
            raw(name) {
                return this.get(name).trim();
            }
            required(name, what) {
                const value = this.raw(name);
                if (value === "") this.problem(name, `is required: give ${what}`);
                return value;
            }
            optional(name) {
                const value = this.raw(name);
                return value === "" ? void 0 : value;
            }
            problem(input, message) {
                this.problems.push({
                    input: input,
                    message: message
                });
            }
            boolean(name, fallback) {
                const value = this.raw(name);
                if (value === "") return fallback;
                if (TRUE_WORDS.includes(value)) return true;
                if (FALSE_WORDS.includes(value)) return false;
                this.problem(name, `expected true or false (YAML 1.2: true, True, TRUE, false, False, FALSE), got ${(0, 
                _shared_text_js__WEBPACK_IMPORTED_MODULE_0__.SP)(value)}`);
                return fallback ?? false;
            }
            booleanOrWord(name, fallback, words) {
                const value = this.raw(name);
                const word = words.find(w => w === value.toLowerCase());
                if (word !== void 0) return word;
                if (value !== "" && !TRUE_WORDS.includes(value) && !FALSE_WORDS.includes(value)) {
                    this.problem(name, `expected true, false or ${words.join(" or ")}, got ${(0, _shared_text_js__WEBPACK_IMPORTED_MODULE_0__.SP)(value)}`);
                    return fallback;
                }
                return this.boolean(name, fallback);
            }
            word(name, words) {
                const value = this.raw(name);
                if (value === "") return words[0];
                const word = words.find(w => w === value.toLowerCase());
                if (word !== void 0) return word;
                const list = `${words.slice(0, -1).join(", ")} or ${words.at(-1) ?? ""}`;
                this.problem(name, `expected ${list}, got ${(0, _shared_text_js__WEBPACK_IMPORTED_MODULE_0__.SP)(value)}`);
                return words[0];
            }
            given(name) {
                return this.raw(name) !== "";
            }
            integer(name, fallback, min, max) {
                const value = this.raw(name);
                if (value === "") return fallback;
                if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
                    this.problem(name, `expected a whole number from ${min} to ${max}, got ${(0, _shared_text_js__WEBPACK_IMPORTED_MODULE_0__.SP)(value)}`);
                    return fallback;
                }
                return Number(value);
            }
            seconds(name, fallbackSeconds, min, max) {
                const value = this.raw(name);
                if (value === "") return fallbackSeconds * 1e3;
                const n = /^\d+(\.\d+)?$|^\.\d+$/.test(value) ? Number(value) : NaN;
                if (!(n >= min && n <= max)) {
                    this.problem(name, `expected a number of seconds from ${min} to ${max} (decimals allowed), got ${(0, 
                    _shared_text_js__WEBPACK_IMPORTED_MODULE_0__.SP)(value)}`);
                    return fallbackSeconds * 1e3;
                }
                return Math.round(n * 1e3);
            }
            duration(name, fallbackMs) {
                const value = this.raw(name);
                if (value === "") return fallbackMs;
                const ms = parseDuration(value);
                if (ms === void 0) {
                    this.problem(name, `expected a positive duration: seconds (900, 0.5) or with units (90s, 45m, 2h, 1h30m), got ${(0, 
                    _shared_text_js__WEBPACK_IMPORTED_MODULE_0__.SP)(value)}`);
                    return fallbackMs;
                }
                return ms;
            }
            durationWithin(name, fallbackMs, minMs, maxMs) {
                const value = this.raw(name);
                if (value === "") return fallbackMs;
                const ms = parseDuration(value);
                if (ms === void 0 || ms < minMs || ms > maxMs) {
                    this.problem(name, `expected a duration from ${minMs / 1e3}s to ${maxMs / 6e4}m: seconds (30) or with units (30s, 2m), got ${(0, 
                    _shared_text_js__WEBPACK_IMPORTED_MODULE_0__.SP)(value)}`);
                    return fallbackMs;
                }
                return ms;
            }
            region() {
                const given = this.raw("region");
                const value = given || this.env["AWS_REGION"]?.trim() || this.env["AWS_DEFAULT_REGION"]?.trim() || "";
                if (value === "") this.problem("region", "no AWS region: set the region input, or AWS_REGION / AWS_DEFAULT_REGION (aws-actions/configure-aws-credentials sets them)"); else if (!REGION.test(value)) {
                    const source = given ? "" : " (from AWS_REGION / AWS_DEFAULT_REGION)";
                    this.problem("region", `expected an AWS region such as us-east-1, got ${(0, _shared_text_js__WEBPACK_IMPORTED_MODULE_0__.SP)(value)}${source}`);
                }
                return value;
            }
            url(name, check) {
                const value = this.optional(name);
                if (value === void 0) return;
                const problem = check(value);
                if (problem !== void 0) this.problem(name, problem);
                return value;
            }
            structured(name) {
                const value = this.optional(name);
                if (value === void 0) return;
                if (!this.yaml) throw new Error("structured inputs need the YAML parser");
                const doc = this.yaml(value, {
                    version: "1.2",
                    schema: "core",
                    prettyErrors: true,
                    uniqueKeys: true
                });
                const error = doc.errors[0];
                if (error) {
                    const pos = error.linePos?.[0];
                    const where = pos ? ` at line ${pos.line}, column ${pos.col}` : "";
                    const what = (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
                    this.problem(name, `is not valid YAML or JSON${where}: ${what}`);
                    return;
                }
                try {
                    return doc.toJS({
                        maxAliasCount: 10
                    });
                } catch {
                    this.problem(name, "uses YAML aliases (*name) more than the 10 times allowed when expanded: write the values out");
                    return;
                }
            }
        }
        async function yamlFor(get, names, load) {
            return load && names.some(name => get(name).trim() !== "") ? (await load()).parseDocument : void 0;
        }
        function parseDuration(text) {
            const value = text.trim();
            if (/^(\d+(\.\d+)?|\.\d+)$/.test(value)) {
                const ms = Math.round(Number(value) * 1e3);
                return ms > 0 ? ms : void 0;
            }
            const match = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/.exec(value);
            if (!match || value === "") return;
            const [, h = "0", m = "0", s = "0"] = match;
            const ms = Math.round((Number(h) * 3600 + Number(m) * 60 + Number(s)) * 1e3);
            return ms > 0 ? ms : void 0;
        }
    }),
    5858: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            In: () => levelOf,
            NZ: () => extensionFinding,
            Qm: () => extensionMismatch
        });
        const VERDICTS = {
            missing: "fail",
            empty: "fail",
            "not-text": "fail",
            "other-format": "fail",
            "bad-header": "fail",
            "info-undeclared": "fail",
            "column-absent": "fail",
            extension: "warn",
            "gff-directive": "warn",
            bom: "warn",
            "header-past-cap": "warn"
        };
        const levelOf = kind => VERDICTS[kind];
        const EXTENSIONS = {
            VCF: /\.vcf(\.gz|\.bgz)?$/i,
            GFF: /\.gff3?(\.gz)?$/i,
            TSV: /\.(tsv|csv|bed|txt)(\.gz)?$/i
        };
        function extensionMismatch(storeFormat, source) {
            const expected = EXTENSIONS[storeFormat];
            if (!expected || expected.test(source)) return;
            return {
                other: Object.keys(EXTENSIONS).find(format => EXTENSIONS[format]?.test(source))
            };
        }
        function extensionFinding(uri, storeFormat, contentRead) {
            const mismatch = extensionMismatch(storeFormat, uri);
            if (!mismatch) return;
            if (contentRead) return {
                kind: "extension",
                message: `its name suggests ${mismatch.other ? `a ${mismatch.other} file` : "no usual format"}, but its content fits the ${storeFormat} store: the content decides`
            };
            return mismatch.other ? {
                kind: "other-format",
                message: `looks like a ${mismatch.other} file by its name, but the store is a ${storeFormat} store (its content could not be read)`
            } : {
                kind: "extension",
                message: `has an extension not usual for a ${storeFormat} store; importing it anyway`
            };
        }
    }),
    949: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            Em: () => checkString,
            Gv: () => isObject,
            MU: () => checkFormatOptions,
            p7: () => checkAnnotationFields
        });
        var _shared_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4646);
        function isObject(value) {
            return typeof value === "object" && value !== null && !Array.isArray(value);
        }
        function checkKeys(input, path, value, allowed, problems) {
            for (const key of Object.keys(value)) if (!allowed.includes(key)) problems.push({
                input: input,
                message: `${path}${key} is not an option here; expected one of ${allowed.join(", ")}`
            });
        }
        function checkBoolean(input, path, value, problems) {
            if (value === void 0 || typeof value === "boolean") return;
            const hint = typeof value === "string" && /^(yes|no|on|off|y|n)$/i.test(value) ? " (YAML 1.2 reads yes/no/on/off as text, not booleans)" : "";
            problems.push({
                input: input,
                message: `${path} must be true or false, got ${(0, _shared_text_js__WEBPACK_IMPORTED_MODULE_0__.SP)(value)}${hint}`
            });
        }
        function checkString(input, path, value, min, max, problems) {
            if (value === void 0) return;
            if (typeof value !== "string") {
                problems.push({
                    input: input,
                    message: `${path} must be a string, got ${(0, _shared_text_js__WEBPACK_IMPORTED_MODULE_0__.SP)(value)}`
                });
                return;
            }
            const length = [ ...value ].length;
            if (length < min || length > max) {
                const size = min === max ? `exactly ${min} character` : `${min} to ${max} characters`;
                problems.push({
                    input: input,
                    message: `${path} must be ${size}, got ${length}: ${(0, _shared_text_js__WEBPACK_IMPORTED_MODULE_0__.SP)(value)}`
                });
            }
        }
        const VCF_KEYS = [ "ignoreQualField", "ignoreFilterField" ];
        const READ_OPTION_STRINGS = {
            sep: [ 1, 20 ],
            encoding: [ 1, 20 ],
            quote: [ 1, 1 ],
            escape: [ 1, 1 ],
            comment: [ 1, 1 ],
            lineSep: [ 1, 20 ]
        };
        const READ_OPTION_BOOLEANS = [ "quoteAll", "escapeQuotes", "header" ];
        function checkTsvOptions(tsv, problems) {
            const input = "format-options";
            if (!isObject(tsv)) {
                problems.push({
                    input: input,
                    message: `tsvOptions must be a mapping, got ${(0, _shared_text_js__WEBPACK_IMPORTED_MODULE_0__.SP)(tsv)}`
                });
                return;
            }
            checkKeys(input, "tsvOptions.", tsv, [ "readOptions" ], problems);
            const read = tsv["readOptions"];
            if (read === void 0) return;
            if (!isObject(read)) {
                problems.push({
                    input: input,
                    message: `tsvOptions.readOptions must be a mapping, got ${(0, _shared_text_js__WEBPACK_IMPORTED_MODULE_0__.SP)(read)}`
                });
                return;
            }
            const allowed = [ ...Object.keys(READ_OPTION_STRINGS), ...READ_OPTION_BOOLEANS ];
            checkKeys(input, "tsvOptions.readOptions.", read, allowed, problems);
            for (const [key, [min, max]] of Object.entries(READ_OPTION_STRINGS)) if (key === "comment" && read[key] === null) problems.push({
                input: input,
                message: `tsvOptions.readOptions.comment must be a string, got null: in YAML an unquoted # starts a comment, so quote it: comment: '#'`
            }); else checkString(input, `tsvOptions.readOptions.${key}`, read[key], min, max, problems);
            for (const key of READ_OPTION_BOOLEANS) checkBoolean(input, `tsvOptions.readOptions.${key}`, read[key], problems);
        }
        function checkFormatOptions(value, problems) {
            const input = "format-options";
            const before = problems.length;
            if (!isObject(value)) {
                problems.push({
                    input: input,
                    message: `expected a mapping with vcfOptions or tsvOptions, got ${(0, _shared_text_js__WEBPACK_IMPORTED_MODULE_0__.SP)(value)}`
                });
                return;
            }
            const kinds = Object.keys(value).filter(k => k === "vcfOptions" || k === "tsvOptions");
            checkKeys(input, "", value, [ "vcfOptions", "tsvOptions" ], problems);
            if (kinds.length !== 1) problems.push({
                input: input,
                message: `must hold exactly one of vcfOptions or tsvOptions, got ${kinds.length === 0 ? "neither" : "both"}`
            });
            const vcf = value["vcfOptions"];
            if (vcf !== void 0) if (!isObject(vcf)) problems.push({
                input: input,
                message: `vcfOptions must be a mapping, got ${(0, _shared_text_js__WEBPACK_IMPORTED_MODULE_0__.SP)(vcf)}`
            }); else {
                checkKeys(input, "vcfOptions.", vcf, VCF_KEYS, problems);
                for (const key of VCF_KEYS) checkBoolean(input, `vcfOptions.${key}`, vcf[key], problems);
            }
            if (value["tsvOptions"] !== void 0) checkTsvOptions(value["tsvOptions"], problems);
            return problems.length === before ? value : void 0;
        }
        function checkAnnotationFields(value, problems) {
            const input = "annotation-fields";
            if (!isObject(value)) {
                problems.push({
                    input: input,
                    message: `expected a mapping of field name to field name (e.g. VEP: CSQ), got ${(0, 
                    _shared_text_js__WEBPACK_IMPORTED_MODULE_0__.SP)(value)}`
                });
                return;
            }
            const before = problems.length;
            for (const [key, field] of Object.entries(value)) {
                const length = [ ...key ].length;
                if (length < 1 || length > 21) problems.push({
                    input: input,
                    message: `key ${(0, _shared_text_js__WEBPACK_IMPORTED_MODULE_0__.SP)(key)} must be 1 to 21 characters, got ${length}`
                });
                if (typeof field !== "string") problems.push({
                    input: input,
                    message: `${key} must map to a string, got ${(0, _shared_text_js__WEBPACK_IMPORTED_MODULE_0__.SP)(field)} (quote it in YAML)`
                }); else checkString(input, `value of ${key}`, field, 1, 21, problems);
            }
            return problems.length === before ? value : void 0;
        }
    }),
    6968: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            Hx: () => checkItems,
            Rw: () => checkRequestFields,
            es: () => checkItem,
            rz: () => buildRequests,
            z2: () => isWildcard
        });
        var _shared_text_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4646);
        var _format_options_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(949);
        const NAME = /^[a-z][a-z0-9_]{2,254}$/;
        const ARN = /^arn:[^: ]*:[^: ]*:[^: ]*:[0-9]{12}:[^: ]*$/;
        const ROLE_ARN = /^arn:aws[a-z-]*:iam::[0-9]{12}:role\/[\w+=,.@/-]+$/;
        const S3_URI = /^s3:\/\/([a-z0-9][a-z0-9-.]{1,61}[a-z0-9])\/(.{1,1024})$/u;
        const WILDCARD = /[*?]/;
        const LINE_BREAK = /[\n\r\u2028\u2029]/;
        function checkName(input, value, problems) {
            if (value.length < 3 || value.length > 255) problems.push({
                input: input,
                message: `must be 3 to 255 characters, got ${value.length}: ${(0, _shared_text_js__WEBPACK_IMPORTED_MODULE_1__.SP)(value)}`
            }); else if (!NAME.test(value)) problems.push({
                input: input,
                message: `must start with a lowercase letter and hold only lowercase letters, digits and _ (pattern [a-z][a-z0-9_]{2,254}), got ${(0, 
                _shared_text_js__WEBPACK_IMPORTED_MODULE_1__.SP)(value)}`
            });
        }
        function roleArnMistake(value) {
            if (/^arn:[^:]*:iam::[0-9]{12}:user\//.test(value)) return "an IAM user, which HealthOmics cannot assume";
            if (/^arn:[^:]*:sts::[0-9]{12}:assumed-role\//.test(value)) return "an assumed-role session (what sts get-caller-identity prints), not the role itself";
            if (/^arn:[^:]*:iam::[0-9]{12}:instance-profile\//.test(value)) return "an instance profile, not a role";
            if (/^arn:[^:]*:iam::[0-9]{12}:group\//.test(value)) return "an IAM group, not a role";
            if (/^arn:[^:]*:iam::[0-9]{12}:policy\//.test(value)) return "an IAM policy, not a role";
            return;
        }
        function checkRoleArn(value, problems) {
            const expected = "expected the ARN of an IAM role that trusts omics.amazonaws.com, such as arn:aws:iam::123456789012:role/HealthOmicsImportRole";
            if (value.length < 20 || value.length > 2048 || !ARN.test(value)) problems.push({
                input: "role-arn",
                message: `${expected} (20 to 2048 characters, a 12-digit account), got ${(0, _shared_text_js__WEBPACK_IMPORTED_MODULE_1__.SP)(value)}`
            }); else if (!ROLE_ARN.test(value)) {
                const mistake = roleArnMistake(value);
                const role = /^arn:([^:]*):sts::([0-9]{12}):assumed-role\/([^/]+)\//.exec(value);
                const instead = role ? `; use arn:${role[1]}:iam::${role[2]}:role/${role[3]} (add the role's path if it has one)` : "";
                problems.push({
                    input: "role-arn",
                    message: `${expected}, got ${(0, _shared_text_js__WEBPACK_IMPORTED_MODULE_1__.SP)(value)}${mistake ? `: that is ${mistake}` : ""}${instead}`
                });
            }
        }
        function checkItem(item, problems) {
            if (S3_URI.test(item.uri)) return;
            const where = item.where;
            const s3 = /^s3:\/\/([^/]*)\/?(.*)$/su.exec(item.uri);
            const bucket = s3?.[1] ?? "";
            const key = s3?.[2] ?? "";
            const problem = message => void problems.push({
                input: "items",
                message: `${where}: ${message}`
            });
            if (!s3) problem(`expected s3://bucket/key, got ${(0, _shared_text_js__WEBPACK_IMPORTED_MODULE_1__.SP)(item.uri)}`); else if (WILDCARD.test(bucket)) problem(`wildcards are allowed in the key only, not the bucket: ${(0, 
            _shared_text_js__WEBPACK_IMPORTED_MODULE_1__.SP)(item.uri)}`); else if (!/^[a-z0-9][a-z0-9-.]{1,61}[a-z0-9]$/.test(bucket)) problem(`bucket must be 3 to 63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit, got ${(0, 
            _shared_text_js__WEBPACK_IMPORTED_MODULE_1__.SP)(bucket)} in ${(0, _shared_text_js__WEBPACK_IMPORTED_MODULE_1__.SP)(item.uri)}`); else if (key === "") problem(`the object key is missing (a file, not a bucket or folder): ${(0, 
            _shared_text_js__WEBPACK_IMPORTED_MODULE_1__.SP)(item.uri)}`); else if (LINE_BREAK.test(key)) problem(`the object key holds a line break, which the service does not accept: ${(0, 
            _shared_text_js__WEBPACK_IMPORTED_MODULE_1__.$u)(item.uri)}`); else problem(`the object key must be 1 to 1024 characters, got ${[ ...key ].length}`);
        }
        function isWildcard(uri) {
            return WILDCARD.test(uri);
        }
        function checkItems(items, problems) {
            if (items.length === 0) return;
            const firstLine = new Map;
            for (const item of items) {
                checkItem(item, problems);
                const seen = firstLine.get(item.uri);
                if (seen !== void 0) problems.push({
                    input: "items",
                    message: `${item.where}: ${(0, _shared_text_js__WEBPACK_IMPORTED_MODULE_1__.SP)(item.uri)} is already listed (${seen}); each file is imported once`
                }); else firstLine.set(item.uri, item.where);
            }
        }
        function checkRequestFields(fields, problems) {
            if (fields.destinationName !== "") checkName("destination-name", fields.destinationName, problems);
            if (fields.versionName !== void 0) checkName("version-name", fields.versionName, problems);
            if (fields.roleArn !== "") checkRoleArn(fields.roleArn, problems);
            const formatOptions = fields.formatOptions === void 0 ? void 0 : (0, _format_options_js__WEBPACK_IMPORTED_MODULE_0__.MU)(fields.formatOptions, problems);
            const annotationFields = fields.annotationFields === void 0 ? void 0 : (0, _format_options_js__WEBPACK_IMPORTED_MODULE_0__.p7)(fields.annotationFields, problems);
            return {
                destinationName: fields.destinationName,
                roleArn: fields.roleArn,
                ...fields.versionName !== void 0 && {
                    versionName: fields.versionName
                },
                ...formatOptions !== void 0 && {
                    formatOptions: formatOptions
                },
                ...fields.runLeftNormalization !== void 0 && {
                    runLeftNormalization: fields.runLeftNormalization
                },
                ...annotationFields !== void 0 && {
                    annotationFields: annotationFields
                }
            };
        }
        function buildRequests(base, uris, oneJobPerItem) {
            if (oneJobPerItem) return uris.map(source => ({
                ...base,
                items: [ {
                    source: source
                } ]
            }));
            return [ {
                ...base,
                items: uris.map(source => ({
                    source: source
                }))
            } ];
        }
    }),
    9971: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            MH: () => worded,
            wx: () => filesToImport
        });
        var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8382);
        function worded(items, found, skipped, stopped) {
            const problems = [];
            const warnings = [];
            items.forEach((item, index) => {
                for (const verdict of found[index] ?? []) {
                    const message = `${item.where}: ${item.uri}: ${verdict.reason}`;
                    if (verdict.level === "fail") problems.push({
                        input: "items",
                        message: message
                    }); else warnings.push(message);
                }
            });
            if (skipped.size > 0) warnings.push(`File checks skipped for ${[ ...skipped.keys() ].map(b => `s3://${b}`).join(", ")}: ${[ ...skipped.values() ].join("; ")}. The import goes ahead: HealthOmics reads the files with role-arn.`);
            if (stopped) warnings.push(`File checks stopped: ${stopped}. The import goes ahead without them (check-files: false turns them off).`);
            return {
                problems: problems,
                warnings: warnings
            };
        }
        function setAside(items, verdicts) {
            const reasons = new Map;
            for (const verdict of verdicts) if (verdict.level === "fail") reasons.set(verdict.file, [ ...reasons.get(verdict.file) ?? [], verdict.reason ]);
            const kept = [];
            const rejected = [];
            for (const item of items) {
                const why = reasons.get(item.uri);
                if (why) rejected.push({
                    file: item.uri,
                    reason: why.join("; "),
                    where: item.where
                }); else kept.push(item);
            }
            return {
                kept: kept,
                rejected: rejected
            };
        }
        function filesToImport(resolved, report, mode, log) {
            if (mode === "fail") return report.problems.length > 0 ? {
                kept: [],
                rejected: [],
                error: new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(report.problems, "no job was started")
            } : {
                kept: [ ...resolved ],
                rejected: []
            };
            const {kept: kept, rejected: rejected} = setAside(resolved, report.verdicts);
            const entries = rejected.map(({file: file, reason: reason}) => ({
                file: file,
                reason: reason
            }));
            if (kept.length === 0) {
                const outcome = "every file failed the file checks, so nothing is left to import (bad-files: skip); no job was started";
                return {
                    kept: kept,
                    rejected: entries,
                    error: new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(report.problems, outcome)
                };
            }
            for (const file of rejected) log.warning(`Left out (bad-files: skip): ${file.where}: ${file.file}: ${file.reason}`);
            return {
                kept: kept,
                rejected: entries
            };
        }
    }),
    1487: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            Vi: () => resolveItems,
            z7: () => splitS3
        });
        var _aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8098);
        var _shared_text_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4646);
        var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8382);
        var _model_request_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6968);
        function globToRegExp(pattern) {
            let out = "";
            for (let i = 0; i < pattern.length; i++) {
                const c = pattern[i];
                if (c === "*" && pattern[i + 1] === "*") if (pattern[i + 2] === "/") {
                    out += "(?:.*/)?";
                    i += 2;
                } else {
                    out += ".*";
                    i += 1;
                } else if (c === "*") out += "[^/]*"; else if (c === "?") out += "[^/]"; else out += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
            }
            return new RegExp(`^${out}$`, "s");
        }
        function splitS3(uri) {
            const rest = uri.slice("s3://".length);
            const slash = rest.indexOf("/");
            return {
                bucket: rest.slice(0, slash),
                key: rest.slice(slash + 1)
            };
        }
        const MAX_LISTED_PER_PATTERN = 1e5;
        const LISTING_PROBLEMS = {
            NoSuchBucket: bucket => `bucket ${bucket} does not exist (NoSuchBucket)`,
            AccessDenied: bucket => `the credentials may not list bucket ${bucket} (needs s3:ListBucket on arn:aws:s3:::${bucket})`,
            PermanentRedirect: bucket => `bucket ${bucket} is in another region than the S3 endpoint used`
        };
        const fixedPrefix = key => key.slice(0, key.search(/[*?]/));
        async function listMatches(client, paginate, item, signal, problems) {
            const {bucket: bucket, key: key} = splitS3(item.uri);
            const prefix = fixedPrefix(key);
            const match = globToRegExp(key);
            const found = [];
            let listed = 0;
            const pages = paginate({
                client: client,
                pageSize: 1e3
            }, {
                Bucket: bucket,
                Prefix: prefix
            }, {
                abortSignal: signal
            });
            for await (const page of pages) {
                for (const object of page.Contents ?? []) {
                    listed++;
                    if (object.Key && !object.Key.endsWith("/") && match.test(object.Key)) found.push({
                        ...item,
                        uri: `s3://${bucket}/${object.Key}`,
                        ...object.Size !== void 0 && {
                            size: object.Size
                        },
                        ...object.LastModified && {
                            lastModified: object.LastModified
                        }
                    });
                }
                if (listed > MAX_LISTED_PER_PATTERN) {
                    problems.push({
                        input: "items",
                        message: `${item.where}: ${item.uri} lists more than ${(0, _shared_text_js__WEBPACK_IMPORTED_MODULE_3__.oh)(MAX_LISTED_PER_PATTERN)} objects under s3://${bucket}/${prefix}; narrow the pattern (a longer fixed prefix) or split it across lines`
                    });
                    return {
                        found: [],
                        listed: listed,
                        prefix: prefix
                    };
                }
            }
            return {
                found: found,
                listed: listed,
                prefix: prefix
            };
        }
        async function expandLine(client, paginate, item, signal, found) {
            const problems = found.problems;
            const {bucket: bucket} = splitS3(item.uri);
            const before = problems.length;
            let listing;
            try {
                listing = await listMatches(client, paginate, item, signal, problems);
            } catch (error) {
                const problem = LISTING_PROBLEMS[(0, _aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__.Is)(error)];
                if (!problem) throw error;
                problems.push({
                    input: "items",
                    message: `${item.where}: ${item.uri}: ${problem(bucket)} (ListObjectsV2: ${(0, _aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__.Uc)(error)})`
                });
                return [];
            }
            if (listing.found.length === 0 && problems.length === before) {
                const message = `${item.where}: ${item.uri} matches no object (${(0, _shared_text_js__WEBPACK_IMPORTED_MODULE_3__.oh)(listing.listed)} listed under s3://${bucket}/${listing.prefix})`;
                if (found.unmatched) found.unmatched.push(message); else problems.push({
                    input: "items",
                    message: message
                });
            }
            listing.found.forEach(file => (0, _model_request_js__WEBPACK_IMPORTED_MODULE_2__.es)(file, problems));
            return listing.found;
        }
        async function expandItems(items, deps, problems, unmatched) {
            if (!items.some(item => (0, _model_request_js__WEBPACK_IMPORTED_MODULE_2__.z2)(item.uri))) return [ ...items ];
            const {paginateListObjectsV2: paginateListObjectsV2} = await Promise.all([ __nccwpck_require__.e(783), __nccwpck_require__.e(826), __nccwpck_require__.e(460), __nccwpck_require__.e(751) ]).then(__nccwpck_require__.bind(__nccwpck_require__, 2751));
            const client = await deps.s3();
            const out = [];
            for (const item of items) if ((0, _model_request_js__WEBPACK_IMPORTED_MODULE_2__.z2)(item.uri)) out.push(...await expandLine(client, paginateListObjectsV2, item, deps.signal, {
                problems: problems,
                unmatched: unmatched
            })); else out.push(item);
            const seen = new Set;
            const unique = out.filter(item => !seen.has(item.uri) && seen.add(item.uri));
            return unique;
        }
        async function resolveItems(items, mode, deps) {
            const problems = [];
            const unmatched = mode === "error" ? void 0 : [];
            const resolved = await expandItems(items, deps, problems, unmatched);
            if (problems.length > 0) throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(problems, "no job was started");
            const say = message => mode === "warn" ? deps.log.warning(message) : deps.log.info(message);
            if (unmatched?.length && resolved.length === 0) say(`Nothing to import: no file matched (if-no-files-found: ${mode}): ${unmatched.join("; ")}`); else unmatched?.forEach(line => say(`${line}: line left out (if-no-files-found: ${mode})`));
            if (resolved.length > items.length) deps.log.info(`Items: ${(0, _shared_text_js__WEBPACK_IMPORTED_MODULE_3__.LS)(items.length, "line")} matched ${(0, 
            _shared_text_js__WEBPACK_IMPORTED_MODULE_3__.LS)(resolved.length, "file")}`);
            return resolved;
        }
    }),
    4243: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            UW: () => explainError,
            iQ: () => partitionOf
        });
        const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
        var call_context = __nccwpck_require__(4163);
        var aws_errors = __nccwpck_require__(8098);
        var errors = __nccwpck_require__(8382);
        var redact = __nccwpck_require__(8932);
        function partitionOf(region) {
            if (region.startsWith("cn-")) return {
                partition: "aws-cn",
                console: "console.amazonaws.cn"
            };
            if (region.startsWith("us-gov-")) return {
                partition: "aws-us-gov",
                console: "console.amazonaws-us-gov.com"
            };
            return {
                partition: "aws",
                console: "console.aws.amazon.com"
            };
        }
        const explain_text = value => typeof value === "string" ? value : void 0;
        function resourceOf(call) {
            const input = call.input;
            const bucket = explain_text(input["Bucket"]);
            if (bucket) return explain_text(input["Key"]) ? `s3://${bucket}/${explain_text(input["Key"])}` : `bucket ${bucket}`;
            const job = explain_text(input["jobId"]);
            if (job) return `job ${job}`;
            const store = explain_text(input["destinationName"]) ?? explain_text(input["name"]) ?? explain_text(input["filter"] && input["filter"]["storeName"]);
            const version = explain_text(input["versionName"]);
            if (store && version) return `version ${version} of store ${store}`;
            return store ? `store ${store}` : "the request";
        }
        function notFoundHint(call, region) {
            const input = call.input;
            if (call.service === "s3") return `No such bucket or object: ${resourceOf(call)}. Check the bucket name and key in items.`;
            if (explain_text(input["jobId"])) return `No annotation import job ${explain_text(input["jobId"])} in ${region}: check the job id and region (jobs are regional).`;
            const store = explain_text(input["destinationName"]) ?? explain_text(input["name"]) ?? "<store>";
            if (explain_text(input["versionName"]) && call.operation !== "GetAnnotationStore") return `No version ${explain_text(input["versionName"])} of annotation store ${store} in ${region}: check version-name, destination-name and region.`;
            return `No annotation store named ${store} in ${region}: check destination-name and region (stores are regional).`;
        }
        function accessHint(call, ctx) {
            const {partition: partition} = partitionOf(ctx.region);
            if (call.service === "s3") {
                const permission = call.operation === "ListObjectsV2" ? "s3:ListBucket" : "s3:GetObject";
                return `The credentials need ${permission} on ${resourceOf(call)}.`;
            }
            if (call.operation === "StartAnnotationImportJob") {
                const store = explain_text(call.input["destinationName"]) ?? "<store>";
                return `The credentials need omics:StartAnnotationImportJob on arn:${partition}:omics:${ctx.region}:<account>:annotationStore/${store}, ` + `and iam:PassRole on ${ctx.roleArn ?? "the role-arn role"} with the condition iam:PassedToService = omics.amazonaws.com. ` + `The role's trust policy must allow omics.amazonaws.com to assume it.`;
            }
            return `The credentials need omics:${call.operation} (see the IAM policy in the README).`;
        }
        function hintFor(error, call, ctx, tries) {
            const name = (0, aws_errors.Is)(error);
            const message = (0, aws_errors.gJ)(error);
            const kind = (0, aws_errors.f8)(error);
            if (name === "AccessDeniedException" || name === "AccessDenied" || call.service === "s3" && name === "Forbidden") return accessHint(call, ctx);
            if ([ "ResourceNotFoundException", "NoSuchBucket", "NoSuchKey", "NotFound" ].includes(name)) return notFoundHint(call, ctx.region);
            if (kind === "quota") return "The concurrent import jobs quota is used up (by default 5 variant or annotation import jobs per region). " + `The step waited for a free slot for up to wait-timeout (${ctx.waitTimeout ?? "its default"}): raise wait-timeout to wait longer, ` + "lower max-concurrency, or ask for a higher quota in Service Quotas (AWS HealthOmics).";
            if (name === "ValidationException") return "The service rejected the request as sent (its message is above, verbatim); the request JSON is in the log and the request output.";
            if (kind === "throttle") return `Still throttled after ${tries ?? "several"} tries: raise max-attempts, lower max-concurrency, or run when the account is less busy.`;
            if (/credential/i.test(name) || /Could not load credentials/i.test(message)) return "No AWS credentials were found. Add aws-actions/configure-aws-credentials before this step (with permissions: id-token: write for OIDC), or set dry-run: offline to check the inputs without AWS.";
            if ([ "UnrecognizedClientException", "InvalidSignatureException", "ExpiredTokenException", "InvalidClientTokenId" ].includes(name)) return "The service did not accept the credentials: they may have expired, or belong to another partition. Check the credentials step.";
            const network = networkHint(error, call, tries);
            if (network) return network;
            if (kind === "ambiguous") return `The service kept failing${tries ? ` (${tries} tries)` : ""}; try again later.`;
            return "";
        }
        function networkHint(error, call, tries) {
            const code = (0, aws_errors.e8)(error);
            if (!code) return;
            const after = tries ? ` after ${tries} tries` : "";
            if (call.proxy && proxyUnreachable(error, call.proxy.url)) return `Could not reach the proxy ${call.proxy.url} (${code}${after}), set by ${call.proxy.source}: ` + `check that the proxy runs and that ${call.proxy.source} names it, or list ${hostOf(call.endpoint)} in NO_PROXY to reach it directly.`;
            const setting = call.service === "s3" ? "Check AWS_ENDPOINT_URL_S3 (if set)" : "Check endpoint-url and region";
            return `Could not reach ${call.endpoint} (${code}${after}). ` + `${setting}, the runner's network, and the proxy settings (HTTPS_PROXY, NO_PROXY or the http-proxy input).`;
        }
        function hostOf(url) {
            try {
                return new URL(url).hostname;
            } catch {
                return url;
            }
        }
        function proxyUnreachable(error, proxy) {
            const e = error;
            let host;
            let port;
            try {
                const url = new URL(proxy);
                host = url.hostname.replace(/^\[|\]$/g, "");
                port = url.port || (url.protocol === "https:" ? "443" : "80");
            } catch {
                return false;
            }
            if (!e?.code) return false;
            if (e.address !== void 0 && e.port !== void 0) return String(e.port) === port && (e.address === host || (0, 
            external_node_net_namespaceObject.isIP)(host) === 0);
            if (e.hostname !== void 0) return e.hostname === host;
            return typeof e.message === "string" && e.message.includes(`${host}:${port}`);
        }
        function explainError(error, ctx) {
            const tries = error instanceof errors.D4 ? error.tries : void 0;
            const cause = error instanceof errors.D4 ? error.last : error;
            const call = (0, call_context.Tj)(cause);
            if (!call) {
                if (/credential/i.test((0, aws_errors.Is)(cause))) return (0, redact.E$)(`${(0, 
                aws_errors.Is)(cause)}: ${(0, aws_errors.gJ)(cause)}\n${hintFor(cause, {
                    operation: "call",
                    service: "omics",
                    endpoint: "",
                    input: {}
                }, ctx, tries)}`);
                return (0, redact.E$)(`The step failed: ${(0, aws_errors.gJ)(cause)}`);
            }
            const head = `${call.operation} on ${resourceOf(call)} failed: ${(0, aws_errors.Is)(cause)}: ${(0, 
            aws_errors.gJ)(cause)}`;
            const hint = hintFor(cause, call, ctx, tries);
            const detail = error instanceof errors.D4 && error.detail ? `\n${error.detail}` : "";
            return (0, redact.E$)(`${head}${hint ? `\n${hint}` : ""}${detail}`);
        }
    }),
    9505: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            eg: () => runStep
        });
        var core = __nccwpck_require__(2726);
        var backoff = __nccwpck_require__(9393);
        var call_context = __nccwpck_require__(4163);
        var configurations = __nccwpck_require__(846);
        var hostHeaderMiddleware = __nccwpck_require__(9007);
        var user_agent_middleware = __nccwpck_require__(721);
        var loggerMiddleware = __nccwpck_require__(5180);
        var getRecursionDetectionPlugin = __nccwpck_require__(5250);
        var getHttpAuthSchemeEndpointRuleSetPlugin = __nccwpck_require__(2781);
        var DefaultIdentityProviderConfig = __nccwpck_require__(7086);
        var getHttpSigningMiddleware = __nccwpck_require__(1567);
        var client = __nccwpck_require__(8702);
        var resolveRegionConfig = __nccwpck_require__(7503);
        var endpoints = __nccwpck_require__(4172);
        var contentLengthMiddleware = __nccwpck_require__(7041);
        var middleware_retry_configurations = __nccwpck_require__(7760);
        var retry = __nccwpck_require__(2122);
        var getSchemaSerdePlugin = __nccwpck_require__(7849);
        var httpAuthSchemes = __nccwpck_require__(8181);
        var getSmithyContext = __nccwpck_require__(8743);
        var normalizeProvider = __nccwpck_require__(9362);
        const defaultOmicsHttpAuthSchemeParametersProvider = async (config, context, input) => ({
            operation: (0, getSmithyContext.u)(context).operation,
            region: await (0, normalizeProvider.t)(config.region)() || (() => {
                throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
            })()
        });
        function createAwsAuthSigv4HttpAuthOption(authParameters) {
            return {
                schemeId: "aws.auth#sigv4",
                signingProperties: {
                    name: "omics",
                    region: authParameters.region
                },
                propertiesExtractor: (config, context) => ({
                    signingProperties: {
                        config: config,
                        context: context
                    }
                })
            };
        }
        const defaultOmicsHttpAuthSchemeProvider = authParameters => {
            const options = [];
            switch (authParameters.operation) {
              default:
                options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
            }
            return options;
        };
        const resolveHttpAuthSchemeConfig = config => {
            const config_0 = (0, httpAuthSchemes.ho)(config);
            return Object.assign(config_0, {
                authSchemePreference: (0, normalizeProvider.t)(config.authSchemePreference ?? [])
            });
        };
        var EndpointParameters = __nccwpck_require__(7257);
        const package_namespaceObject = {
            rE: "3.1048.0"
        };
        var emitWarningIfUnsupportedVersion = __nccwpck_require__(5477);
        var defaultUserAgent = __nccwpck_require__(2217);
        var nodeAppIdConfigOptions = __nccwpck_require__(7652);
        var NODE_AUTH_SCHEME_PREFERENCE_OPTIONS = __nccwpck_require__(2628);
        var defaultProvider = __nccwpck_require__(9882);
        var smithy_client_emitWarningIfUnsupportedVersion = __nccwpck_require__(1034);
        var defaults_mode = __nccwpck_require__(479);
        var resolveDefaultsModeConfig = __nccwpck_require__(8234);
        var configLoader = __nccwpck_require__(3945);
        var regionConfig_config = __nccwpck_require__(6152);
        var NodeUseDualstackEndpointConfigOptions = __nccwpck_require__(7580);
        var NodeUseFipsEndpointConfigOptions = __nccwpck_require__(4254);
        var util_retry_config = __nccwpck_require__(4353);
        var calculateBodyLength = __nccwpck_require__(2127);
        var external_node_crypto_ = __nccwpck_require__(7598);
        var buffer_from = __nccwpck_require__(6664);
        var toUint8Array = __nccwpck_require__(3243);
        class Hash {
            algorithmIdentifier;
            secret;
            hash;
            constructor(algorithmIdentifier, secret) {
                this.algorithmIdentifier = algorithmIdentifier;
                this.secret = secret;
                this.reset();
            }
            update(toHash, encoding) {
                this.hash.update((0, toUint8Array.F)(castSourceData(toHash, encoding)));
            }
            digest() {
                return Promise.resolve(this.hash.digest());
            }
            reset() {
                this.hash = this.secret ? (0, external_node_crypto_.createHmac)(this.algorithmIdentifier, castSourceData(this.secret)) : (0, 
                external_node_crypto_.createHash)(this.algorithmIdentifier);
            }
        }
        function castSourceData(toCast, encoding) {
            if (Buffer.isBuffer(toCast)) return toCast;
            if (typeof toCast === "string") return (0, buffer_from.s)(toCast, encoding);
            if (ArrayBuffer.isView(toCast)) return (0, buffer_from.Q)(toCast.buffer, toCast.byteOffset, toCast.byteLength);
            return (0, buffer_from.Q)(toCast);
        }
        var node_http_handler = __nccwpck_require__(9607);
        var stream_collector = __nccwpck_require__(6660);
        var AwsSdkSigV4Signer = __nccwpck_require__(2526);
        var AwsRestJsonProtocol = __nccwpck_require__(4728);
        var NoOpLogger = __nccwpck_require__(7545);
        var parseUrl = __nccwpck_require__(8977);
        var fromBase64 = __nccwpck_require__(9700);
        var toBase64 = __nccwpck_require__(7305);
        var sdk_stream_mixin = __nccwpck_require__(6494);
        var fromUtf8 = __nccwpck_require__(7332);
        var toUtf8 = __nccwpck_require__(9809);
        var aws = __nccwpck_require__(6180);
        var EndpointCache = __nccwpck_require__(8479);
        var decideEndpoint = __nccwpck_require__(7009);
        var customEndpointFunctions = __nccwpck_require__(1046);
        var BinaryDecisionDiagram = __nccwpck_require__(5258);
        const k = "ref";
        const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = {
            [k]: "Endpoint"
        }, h = {
            [k]: d
        }, i = {}, j = [ {
            [k]: "Region"
        } ];
        const _data = {
            conditions: [ [ c, [ g ] ], [ c, j ], [ "aws.partition", j, d ], [ e, [ {
                [k]: "UseFIPS"
            }, b ] ], [ e, [ {
                [k]: "UseDualStack"
            }, b ] ], [ e, [ {
                fn: f,
                argv: [ h, "supportsDualStack" ]
            }, b ] ], [ e, [ {
                fn: f,
                argv: [ h, "supportsFIPS" ]
            }, b ] ] ],
            results: [ [ a ], [ a, "Invalid Configuration: FIPS and custom endpoint are not supported" ], [ a, "Invalid Configuration: Dualstack and custom endpoint are not supported" ], [ g, i ], [ "https://omics-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i ], [ a, "FIPS and DualStack are enabled, but this partition does not support one or both" ], [ "https://omics-fips.{Region}.{PartitionResult#dnsSuffix}", i ], [ a, "FIPS is enabled but this partition does not support FIPS" ], [ "https://omics.{Region}.{PartitionResult#dualStackDnsSuffix}", i ], [ a, "DualStack is enabled but this partition does not support DualStack" ], [ "https://omics.{Region}.{PartitionResult#dnsSuffix}", i ], [ a, "Invalid Configuration: Missing Region" ] ]
        };
        const root = 2;
        const r = 1e8;
        const nodes = new Int32Array([ -1, 1, -1, 0, 12, 3, 1, 4, r + 11, 2, 5, r + 11, 3, 8, 6, 4, 7, r + 10, 5, r + 8, r + 9, 4, 10, 9, 6, r + 6, r + 7, 5, 11, r + 5, 6, r + 4, r + 5, 3, r + 1, 13, 4, r + 2, r + 3 ]);
        const bdd = BinaryDecisionDiagram.d.from(nodes, root, _data.conditions, _data.results);
        const cache = new EndpointCache.k({
            size: 50,
            params: [ "Endpoint", "Region", "UseDualStack", "UseFIPS" ]
        });
        const defaultEndpointResolver = (endpointParams, context = {}) => cache.get(endpointParams, () => (0, 
        decideEndpoint.c)(bdd, {
            endpointParams: endpointParams,
            logger: context.logger
        }));
        customEndpointFunctions.m.aws = aws.U;
        var schemas_0 = __nccwpck_require__(7354);
        const getRuntimeConfig = config => ({
            apiVersion: "2022-11-28",
            base64Decoder: config?.base64Decoder ?? fromBase64.E,
            base64Encoder: config?.base64Encoder ?? toBase64.n,
            disableHostPrefix: config?.disableHostPrefix ?? false,
            endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
            extensions: config?.extensions ?? [],
            httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultOmicsHttpAuthSchemeProvider,
            httpAuthSchemes: config?.httpAuthSchemes ?? [ {
                schemeId: "aws.auth#sigv4",
                identityProvider: ipc => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer.f2
            } ],
            logger: config?.logger ?? new NoOpLogger.N,
            protocol: config?.protocol ?? AwsRestJsonProtocol.Y,
            protocolSettings: config?.protocolSettings ?? {
                defaultNamespace: "com.amazonaws.omics",
                errorTypeRegistries: schemas_0.q1U,
                version: "2022-11-28",
                serviceTarget: "Omics"
            },
            sdkStreamMixin: config?.sdkStreamMixin ?? sdk_stream_mixin.c,
            serviceId: config?.serviceId ?? "Omics",
            urlParser: config?.urlParser ?? parseUrl.D,
            utf8Decoder: config?.utf8Decoder ?? fromUtf8.a,
            utf8Encoder: config?.utf8Encoder ?? toUtf8.P
        });
        const runtimeConfig_getRuntimeConfig = config => {
            (0, smithy_client_emitWarningIfUnsupportedVersion.I)(process.version);
            const defaultsMode = (0, resolveDefaultsModeConfig.I)(config);
            const defaultConfigProvider = () => defaultsMode().then(defaults_mode.l);
            const clientSharedValues = getRuntimeConfig(config);
            (0, emitWarningIfUnsupportedVersion.I)(process.version);
            const loaderConfig = {
                profile: config?.profile,
                logger: clientSharedValues.logger
            };
            return {
                ...clientSharedValues,
                ...config,
                runtime: "node",
                defaultsMode: defaultsMode,
                authSchemePreference: config?.authSchemePreference ?? (0, configLoader.Z)(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS.$, loaderConfig),
                bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength.n,
                credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider.v6,
                defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0, defaultUserAgent.pf)({
                    serviceId: clientSharedValues.serviceId,
                    clientVersion: package_namespaceObject.rE
                }),
                maxAttempts: config?.maxAttempts ?? (0, configLoader.Z)(middleware_retry_configurations.qs, config),
                region: config?.region ?? (0, configLoader.Z)(regionConfig_config.GG, {
                    ...regionConfig_config.zH,
                    ...loaderConfig
                }),
                requestHandler: node_http_handler.$.create(config?.requestHandler ?? defaultConfigProvider),
                retryMode: config?.retryMode ?? (0, configLoader.Z)({
                    ...middleware_retry_configurations.kN,
                    default: async () => (await defaultConfigProvider()).retryMode || util_retry_config.L0
                }, config),
                sha256: config?.sha256 ?? Hash.bind(null, "sha256"),
                streamCollector: config?.streamCollector ?? stream_collector.k,
                useDualstackEndpoint: config?.useDualstackEndpoint ?? (0, configLoader.Z)(NodeUseDualstackEndpointConfigOptions.e$, loaderConfig),
                useFipsEndpoint: config?.useFipsEndpoint ?? (0, configLoader.Z)(NodeUseFipsEndpointConfigOptions.Ko, loaderConfig),
                userAgentAppId: config?.userAgentAppId ?? (0, configLoader.Z)(nodeAppIdConfigOptions.hV, loaderConfig)
            };
        };
        var region_config_resolver_extensions = __nccwpck_require__(9999);
        var defaultExtensionConfiguration = __nccwpck_require__(6571);
        var httpExtensionConfiguration = __nccwpck_require__(274);
        const getHttpAuthExtensionConfiguration = runtimeConfig => {
            const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
            let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
            let _credentials = runtimeConfig.credentials;
            return {
                setHttpAuthScheme(httpAuthScheme) {
                    const index = _httpAuthSchemes.findIndex(scheme => scheme.schemeId === httpAuthScheme.schemeId);
                    if (index === -1) _httpAuthSchemes.push(httpAuthScheme); else _httpAuthSchemes.splice(index, 1, httpAuthScheme);
                },
                httpAuthSchemes() {
                    return _httpAuthSchemes;
                },
                setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
                    _httpAuthSchemeProvider = httpAuthSchemeProvider;
                },
                httpAuthSchemeProvider() {
                    return _httpAuthSchemeProvider;
                },
                setCredentials(credentials) {
                    _credentials = credentials;
                },
                credentials() {
                    return _credentials;
                }
            };
        };
        const resolveHttpAuthRuntimeConfig = config => ({
            httpAuthSchemes: config.httpAuthSchemes(),
            httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
            credentials: config.credentials()
        });
        const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
            const extensionConfiguration = Object.assign((0, region_config_resolver_extensions.R)(runtimeConfig), (0, 
            defaultExtensionConfiguration.xA)(runtimeConfig), (0, httpExtensionConfiguration.e)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
            extensions.forEach(extension => extension.configure(extensionConfiguration));
            return Object.assign(runtimeConfig, (0, region_config_resolver_extensions.$)(extensionConfiguration), (0, 
            defaultExtensionConfiguration.uv)(extensionConfiguration), (0, httpExtensionConfiguration.j)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
        };
        class OmicsClient extends client.K {
            config;
            constructor(...[configuration]) {
                const _config_0 = runtimeConfig_getRuntimeConfig(configuration || {});
                super(_config_0);
                this.initConfig = _config_0;
                const _config_1 = (0, EndpointParameters.v)(_config_0);
                const _config_2 = (0, configurations.D)(_config_1);
                const _config_3 = (0, middleware_retry_configurations.$z)(_config_2);
                const _config_4 = (0, resolveRegionConfig.T)(_config_3);
                const _config_5 = (0, hostHeaderMiddleware.OV)(_config_4);
                const _config_6 = (0, endpoints.Co)(_config_5);
                const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
                const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
                this.config = _config_8;
                this.middlewareStack.use((0, getSchemaSerdePlugin.wq)(this.config));
                this.middlewareStack.use((0, user_agent_middleware.sM)(this.config));
                this.middlewareStack.use((0, retry.ey)(this.config));
                this.middlewareStack.use((0, contentLengthMiddleware.vK)(this.config));
                this.middlewareStack.use((0, hostHeaderMiddleware.TC)(this.config));
                this.middlewareStack.use((0, loggerMiddleware.Y7)(this.config));
                this.middlewareStack.use((0, getRecursionDetectionPlugin.n)(this.config));
                this.middlewareStack.use((0, getHttpAuthSchemeEndpointRuleSetPlugin.w)(this.config, {
                    httpAuthSchemeParametersProvider: defaultOmicsHttpAuthSchemeParametersProvider,
                    identityProviderConfigProvider: async config => new DefaultIdentityProviderConfig.h({
                        "aws.auth#sigv4": config.credentials
                    })
                }));
                this.middlewareStack.use((0, getHttpSigningMiddleware.l)(this.config));
            }
            destroy() {
                super.destroy();
            }
        }
        var DEFAULT_PORTS = {
            ftp: 21,
            gopher: 70,
            http: 80,
            https: 443,
            ws: 80,
            wss: 443
        };
        function proxy_from_env_parseUrl(urlString) {
            try {
                return new URL(urlString);
            } catch {
                return null;
            }
        }
        function getProxyForUrl(url) {
            var parsedUrl = (typeof url === "string" ? proxy_from_env_parseUrl(url) : url) || {};
            var proto = parsedUrl.protocol;
            var hostname = parsedUrl.host;
            var port = parsedUrl.port;
            if (typeof hostname !== "string" || !hostname || typeof proto !== "string") return "";
            proto = proto.split(":", 1)[0];
            hostname = hostname.replace(/:\d*$/, "");
            port = parseInt(port) || DEFAULT_PORTS[proto] || 0;
            if (!shouldProxy(hostname, port)) return "";
            var proxy = getEnv(proto + "_proxy") || getEnv("all_proxy");
            if (proxy && proxy.indexOf("://") === -1) proxy = proto + "://" + proxy;
            return proxy;
        }
        function shouldProxy(hostname, port) {
            var NO_PROXY = getEnv("no_proxy").toLowerCase();
            if (!NO_PROXY) return true;
            if (NO_PROXY === "*") return false;
            return NO_PROXY.split(/[,\s]/).every(function(proxy) {
                if (!proxy) return true;
                var parsedProxy = proxy.match(/^(.+):(\d+)$/);
                var parsedProxyHostname = parsedProxy ? parsedProxy[1] : proxy;
                var parsedProxyPort = parsedProxy ? parseInt(parsedProxy[2]) : 0;
                if (parsedProxyPort && parsedProxyPort !== port) return true;
                if (!/^[.*]/.test(parsedProxyHostname)) return hostname !== parsedProxyHostname;
                if (parsedProxyHostname.charAt(0) === "*") parsedProxyHostname = parsedProxyHostname.slice(1);
                return !hostname.endsWith(parsedProxyHostname);
            });
        }
        function getEnv(key) {
            return process.env[key.toLowerCase()] || process.env[key.toUpperCase()] || "";
        }
        var version = __nccwpck_require__(9189);
        var errors = __nccwpck_require__(8382);
        var inputs_endpoints = __nccwpck_require__(847);
        function proxyFor(target, explicit) {
            return explicit || getProxyForUrl(target) || void 0;
        }
        function serviceUrl(inputs, service = "omics") {
            if (inputs.endpointUrl) return inputs.endpointUrl;
            const suffix = inputs.region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
            return service === "omics" ? `https://analytics-omics.${inputs.region}.${suffix}` : `https://${service}.${inputs.region}.${suffix}`;
        }
        const CONNECT_TIMEOUT_MS = 1e4;
        function handlerTimeouts(requestTimeoutMs) {
            return {
                connectionTimeout: Math.min(CONNECT_TIMEOUT_MS, requestTimeoutMs),
                requestTimeout: requestTimeoutMs,
                socketTimeout: requestTimeoutMs,
                throwOnRequestTimeout: true
            };
        }
        async function createRequestHandler(proxy, requestTimeoutMs) {
            const timeouts = handlerTimeouts(requestTimeoutMs);
            if (!proxy) return new node_http_handler.$(timeouts);
            const problem = (0, inputs_endpoints.wS)(proxy, "http://proxy.example.com:3128");
            if (problem) throw new errors.zg(`Proxy: ${problem}; not used (set http-proxy, or HTTPS_PROXY / HTTP_PROXY)`);
            const [{HttpProxyAgent: HttpProxyAgent}, {HttpsProxyAgent: HttpsProxyAgent}] = await Promise.all([ __nccwpck_require__.e(947).then(__nccwpck_require__.bind(__nccwpck_require__, 8947)), __nccwpck_require__.e(566).then(__nccwpck_require__.bind(__nccwpck_require__, 1566)) ]);
            return new node_http_handler.$({
                ...timeouts,
                httpAgent: new HttpProxyAgent(proxy),
                httpsAgent: new HttpsProxyAgent(proxy)
            });
        }
        const USER_AGENT = `${version.px}/${version.Yt}`;
        const roleProviders = new WeakMap;
        async function credentialsSetting(inputs) {
            const role = inputs.assumeRole;
            if (!role) return {};
            let provider = roleProviders.get(inputs);
            if (!provider) {
                provider = (async () => {
                    const {githubIdToken: githubIdToken, roleCredentials: roleCredentials} = await __nccwpck_require__.e(963).then(__nccwpck_require__.bind(__nccwpck_require__, 6963));
                    const sts = process.env["AWS_ENDPOINT_URL_STS"] ?? process.env["AWS_ENDPOINT_URL"] ?? serviceUrl({
                        region: inputs.region
                    }, "sts");
                    const oidc = process.env["ACTIONS_ID_TOKEN_REQUEST_URL"] ?? "https://token.actions.githubusercontent.com";
                    const oidcHandler = await createRequestHandler(proxyFor(oidc, inputs.httpProxy), inputs.requestTimeoutMs);
                    return roleCredentials(role, {
                        region: inputs.region,
                        requestHandler: await createRequestHandler(proxyFor(sts, inputs.httpProxy), inputs.requestTimeoutMs),
                        requestTimeoutMs: inputs.requestTimeoutMs,
                        getIdToken: audience => githubIdToken(audience, oidcHandler)
                    });
                })();
                roleProviders.set(inputs, provider);
            }
            return {
                credentials: await provider
            };
        }
        async function createClients(inputs, clock) {
            const target = serviceUrl(inputs);
            const proxy = proxyFor(target, inputs.httpProxy);
            const requestHandler = await createRequestHandler(proxy, inputs.requestTimeoutMs);
            const common = {
                region: inputs.region,
                requestHandler: requestHandler,
                ...await credentialsSetting(inputs),
                customUserAgent: USER_AGENT,
                ...inputs.endpointUrl !== void 0 && {
                    endpoint: inputs.endpointUrl,
                    disableHostPrefix: true
                }
            };
            const instrumented = client => {
                client.middlewareStack.use((0, call_context["do"])("omics", target, clock, (0, call_context.Vv)(target, proxy, inputs.httpProxy)));
                return client;
            };
            let omics;
            let starter;
            return {
                get omics() {
                    return omics ??= instrumented(new OmicsClient({
                        ...common,
                        maxAttempts: inputs.maxAttempts,
                        retryMode: "standard"
                    }));
                },
                get starter() {
                    return starter ??= instrumented(new OmicsClient({
                        ...common,
                        maxAttempts: 1
                    }));
                },
                endpointLabel: target,
                proxied: proxy !== void 0,
                destroy() {
                    omics?.destroy();
                    starter?.destroy();
                }
            };
        }
        function s3Endpoint(region, env = process.env) {
            const endpointUrl = env["AWS_ENDPOINT_URL_S3"] ?? env["AWS_ENDPOINT_URL"];
            return {
                url: serviceUrl({
                    region: region,
                    ...endpointUrl !== void 0 && {
                        endpointUrl: endpointUrl
                    }
                }, "s3"),
                custom: endpointUrl !== void 0
            };
        }
        async function createS3Client(S3, inputs) {
            const {url: target, custom: custom} = s3Endpoint(inputs.region);
            const client = new S3({
                region: inputs.region,
                ...await credentialsSetting(inputs),
                requestHandler: await createRequestHandler(proxyFor(target, inputs.httpProxy), inputs.requestTimeoutMs),
                customUserAgent: USER_AGENT,
                maxAttempts: inputs.maxAttempts,
                retryMode: "standard",
                followRegionRedirects: true,
                ...custom && {
                    forcePathStyle: true
                }
            });
            client.middlewareStack.use((0, call_context["do"])("s3", target, void 0, (0, call_context.Vv)(target, proxyFor(target, inputs.httpProxy), inputs.httpProxy)));
            const standard = client.config.retryStrategy;
            client.config.retryStrategy = async () => {
                const strategy = await standard();
                return "refreshRetryTokenForRetry" in strategy ? unreachableNotRetried(strategy) : strategy;
            };
            return client;
        }
        const UNREACHABLE = new Set([ "ENOTFOUND", "EAI_AGAIN", "ECONNREFUSED" ]);
        function unreachableNotRetried(strategy) {
            return {
                acquireInitialRetryToken: scope => strategy.acquireInitialRetryToken(scope),
                refreshRetryTokenForRetry: (token, info) => UNREACHABLE.has(info.error?.code ?? "") ? Promise.reject(info.error) : strategy.refreshRetryTokenForRetry(token, info),
                recordSuccess: token => strategy.recordSuccess(token)
            };
        }
        var aws_errors = __nccwpck_require__(8098);
        var redact = __nccwpck_require__(8932);
        var input_reader = __nccwpck_require__(6757);
        var shared_text = __nccwpck_require__(4646);
        const ZWSP = "​";
        const AUTOLINK_AT = /@/g;
        const AUTOLINK_SCHEME = /(https?|ftp):(?=\/\/)/gi;
        const AUTOLINK_WWW = /(www)(?=\.)/gi;
        const PUNCTUATION = /[!-/:-@[-`{-~]/g;
        const ENTITIES = {
            "&": "&amp;",
            "<": "&lt;",
            ">": "&gt;"
        };
        const escapeOne = c => ENTITIES[c] ?? `\\${c}`;
        function inlineText(text) {
            return (0, shared_text.wh)(text).replace(/\n/g, " ").replace(AUTOLINK_AT, `${ZWSP}@`).replace(AUTOLINK_SCHEME, `$1:${ZWSP}`).replace(AUTOLINK_WWW, `$1${ZWSP}`).replace(PUNCTUATION, escapeOne);
        }
        const tableCell = inlineText;
        const longestRun = text => Math.max(0, ...Array.from(text.matchAll(/`+/g), match => match[0].length));
        function codeSpan(text, inTable = false) {
            const body = (0, shared_text.wh)(text).replace(/\n/g, " ");
            if (body.trim() === "" || inTable && /[|\\]/.test(body)) return inlineText(body);
            const fence = "`".repeat(longestRun(body) + 1);
            const pad = /^[` ]|[` ]$/.test(body) ? " " : "";
            return `${fence}${pad}${body}${pad}${fence}`;
        }
        function codeBlock(text) {
            const body = (0, shared_text.wh)(text);
            const fence = "`".repeat(Math.max(3, longestRun(body) + 1));
            return `${fence}\n${body}\n${fence}`;
        }
        var explain = __nccwpck_require__(4243);
        const SUMMARY_LIMIT = 512 * 1024;
        const FAILURE_LIMIT = 64 * 1024;
        const ITEMS_PER_CELL = 50;
        const VALUE_WIDTH = 1200;
        const MESSAGE_WIDTH = 4e3;
        function storeConsoleUrl(region, storeName) {
            const {console: console} = (0, explain.iQ)(region);
            return `https://${region}.${console}/omics/home?region=${region}#/annotation-stores/${encodeURIComponent(storeName)}`;
        }
        const cell = (value, width = VALUE_WIDTH) => tableCell((0, redact.E$)((0, shared_text.Jj)(value, width)));
        function summary_link(text, url) {
            return /^https:\/\/[^\s<>]+$/.test(url) ? `[${cell(text)}](<${url}>)` : cell(text);
        }
        function factsTable(d) {
            const facts = [];
            const region = d.region && input_reader.Zg.test(d.region) ? d.region : void 0;
            if (d.storeName) facts.push([ "Store", region ? summary_link(d.storeName, storeConsoleUrl(region, d.storeName)) : cell(d.storeName) ]);
            if (d.versionName) facts.push([ "Version", cell(d.versionName) ]);
            if (d.region) facts.push([ "Region", cell(d.region) ]);
            if (d.runUrl) facts.push([ "Workflow run", summary_link(d.runUrl.split("/").slice(-1)[0] ?? "", d.runUrl) ]);
            if (facts.length === 0) return [];
            return [ "| | |", "|---|---|", ...facts.map(([k, v]) => `| ${k} | ${v} |`), "" ];
        }
        function itemsCell(items) {
            const shown = items.slice(0, ITEMS_PER_CELL).map(item => cell(item));
            if (items.length > ITEMS_PER_CELL) shown.push(`… and ${(0, shared_text.oh)(items.length - ITEMS_PER_CELL)} more (the items output lists every one)`);
            return shown.join("<br>");
        }
        function* jobsTable(d) {
            if (d.jobs.length === 0) return;
            yield* [ "| Job | Status | Run time | Waited | Items |", "|---|---|---|---|---|" ];
            for (const job of d.jobs) {
                const id = job.jobId ? codeSpan((0, redact.E$)(job.jobId), true) : d.dryRun ? "(dry run: not started)" : "—";
                const status = [ job.status, job.note ?? "" ].filter(Boolean).join(" ");
                const run = job.runMs !== void 0 ? (0, shared_text.a3)(job.runMs) : "";
                const waited = job.waitedMs !== void 0 ? (0, shared_text.a3)(job.waitedMs) : "";
                yield `| ${id} | ${cell(status)} | ${run} | ${waited} | ${itemsCell(job.items)} |`;
            }
        }
        function* itemDetails(d) {
            const many = d.jobs.length > 1;
            for (const job of d.jobs) {
                const name = job.jobId ? cell(job.jobId) : "Job";
                if (job.statusMessage) yield* [ "", `**${name}**: ${cell(job.statusMessage, MESSAGE_WIDTH)}` ];
                const all = job.itemStatuses ?? [];
                const listed = many ? all.filter(i => i.jobStatus !== "COMPLETED") : all;
                if (listed.length === 0) continue;
                yield* [ "", `| Item${many && job.jobId ? ` (job ${cell(job.jobId)})` : ""} | Item status |`, "|---|---|" ];
                for (const item of listed) yield `| ${cell(item.source ?? "")} | ${cell(item.jobStatus ?? "")} |`;
            }
        }
        function* fileWarningsTable(d) {
            const warned = d.fileWarnings ?? [];
            if (warned.length === 0) return;
            yield* [ "| File | File check warning (imported all the same) |", "|---|---|" ];
            for (const w of warned) yield `| ${cell(w.file)} | ${cell(w.reason, MESSAGE_WIDTH)} |`;
            yield "";
        }
        function failureBlock(failure) {
            const shown = (0, redact.E$)(failure);
            if (shown.length <= FAILURE_LIMIT) return [ "**Failed**", "", codeBlock(shown), "" ];
            return [ "**Failed**", "", codeBlock((0, shared_text.Jj)(shown, FAILURE_LIMIT)), "", `The message is cut at ${(0, 
            shared_text.oh)(FAILURE_LIMIT)} characters: the step's log has all of it.`, "" ];
        }
        function rejectedTable(d) {
            const rejected = d.rejected ?? [];
            if (rejected.length === 0) return [];
            return [ "| File left out (bad-files: skip) | Why it failed the file checks |", "|---|---|", ...rejected.map(r => `| ${cell(r.file)} | ${cell(r.reason, MESSAGE_WIDTH)} |`), "" ];
        }
        function bounded(lines) {
            const kept = [];
            let bytes = 0;
            for (const line of lines) {
                bytes += Buffer.byteLength(line) + 1;
                if (bytes > SUMMARY_LIMIT) {
                    kept.push("", `The summary is cut here at ${SUMMARY_LIMIT / 1024} KiB: the step's log and the jobs output have the rest.`);
                    break;
                }
                kept.push(line);
            }
            return kept;
        }
        function* sections(data) {
            yield* [ `### ${data.title}`, "", ...factsTable(data) ];
            if (data.failure) yield* failureBlock(data.failure);
            for (const note of data.notes ?? []) yield `- ${cell(note, MESSAGE_WIDTH)}`;
            if ((data.notes ?? []).length > 0) yield "";
            yield* rejectedTable(data);
            yield* fileWarningsTable(data);
            yield* jobsTable(data);
            yield* itemDetails(data);
        }
        function summaryMarkdown(data) {
            return (0, redact.E$)(bounded(sections(data)).join("\n") + "\n");
        }
        const safe = text => (0, shared_text.$0)((0, redact.E$)(text));
        const log = {
            info: message => core.pq(safe(message)),
            warning: message => core.$e(safe(message)),
            debug: message => core.Yz(safe(message)),
            group: (title, lines) => {
                core.Oh(safe(title));
                for (const line of lines) core.pq(safe(line));
                core.N4();
            }
        };
        function notice(message) {
            core.lm(safe(message));
        }
        function earlyOutput(name, value) {
            core.uH(name, (0, redact.E$)(value));
        }
        function runUrl(env = process.env) {
            const repository = env["GITHUB_REPOSITORY"];
            const runId = env["GITHUB_RUN_ID"];
            if (!repository || !runId) return;
            return `${env["GITHUB_SERVER_URL"] || "https://github.com"}/${repository}/actions/runs/${runId}`;
        }
        async function writeSummary(result) {
            if (!process.env["GITHUB_STEP_SUMMARY"]) return;
            try {
                const url = runUrl();
                await core.z.addRaw(summaryMarkdown({
                    ...result.summary,
                    ...url && {
                        runUrl: url
                    }
                })).write();
            } catch (error) {
                core.$e(safe(`Could not write the job summary: ${(0, aws_errors.gJ)(error)}`));
            }
        }
        const ERROR_LIMIT = 4e3;
        function fail(failure) {
            const text = safe(failure);
            if (text.length <= ERROR_LIMIT) return core.C1(text);
            log.group("The failure, in full", text.split("\n"));
            core.C1(`${(0, shared_text.Jj)(text, ERROR_LIMIT)}\n(cut at ${(0, shared_text.oh)(ERROR_LIMIT)} characters: the whole message is in the log, under "The failure, in full")`);
        }
        async function emit(result) {
            for (const warning of result.warnings) log.warning(warning);
            for (const [name, value] of Object.entries(result.outputs)) core.uH(name, (0, redact.E$)(value));
            await writeSummary(result);
            if (result.failure) fail(result.failure);
        }
        const CANCEL_BUDGET_MS = 6e3;
        const GRACE_AFTER_SIGINT_MS = 7e3;
        const GRACE_AFTER_SIGTERM_MS = 1500;
        async function withTermination(work) {
            const cancel = new AbortController;
            const grace = new AbortController;
            let graceTimer;
            let graceEnds = 1 / 0;
            const onSignal = name => () => {
                const budget = name === "SIGINT" ? GRACE_AFTER_SIGINT_MS : GRACE_AFTER_SIGTERM_MS;
                if (!cancel.signal.aborted) {
                    core.pq(`Received ${name}: the workflow run was cancelled; stopping`);
                    cancel.abort();
                }
                if (Date.now() + budget >= graceEnds) return;
                graceEnds = Date.now() + budget;
                clearTimeout(graceTimer);
                graceTimer = setTimeout(() => grace.abort(), budget);
            };
            const handlers = {
                SIGINT: onSignal("SIGINT"),
                SIGTERM: onSignal("SIGTERM")
            };
            process.on("SIGINT", handlers.SIGINT);
            process.on("SIGTERM", handlers.SIGTERM);
            try {
                return await work({
                    signal: cancel.signal,
                    grace: grace.signal
                });
            } finally {
                clearTimeout(graceTimer);
                process.off("SIGINT", handlers.SIGINT);
                process.off("SIGTERM", handlers.SIGTERM);
            }
        }
        async function createDeps(inputs, {signal: signal, grace: grace}, loadS3) {
            for (const line of (0, inputs_endpoints.Tz)(inputs.endpointUrl, process.env)) notice(line);
            const serviceClock = new call_context.Qs(Date.now);
            const clients = await createClients(inputs, serviceClock);
            let s3;
            log.debug(`HealthOmics endpoint ${clients.endpointLabel}, region ${inputs.region}, max-attempts ${inputs.maxAttempts}${clients.proxied ? ", through a proxy" : ""}`);
            return {
                clients: clients,
                serviceClock: serviceClock,
                now: Date.now,
                sleep: backoff.uk,
                random: Math.random,
                log: log,
                signal: signal,
                cleanupSignal: () => AbortSignal.any([ AbortSignal.timeout(CANCEL_BUDGET_MS), grace ]),
                earlyOutput: earlyOutput,
                s3() {
                    if (!loadS3) throw new Error("this step has no S3 client");
                    return s3 ??= loadS3().then(module => createS3Client(module.S3Client, inputs));
                },
                destroy() {
                    clients.destroy();
                    s3?.then(client => client.destroy());
                }
            };
        }
        async function runStep(step) {
            core.Yz(`${version.px} ${version.Yt} on Node ${process.version}`);
            const state = step.newState();
            await withTermination(async termination => {
                let failure;
                try {
                    const inputs = await step.read(core.V4, state);
                    const deps = await createDeps(inputs, termination, step.loadS3);
                    try {
                        await step.run(inputs, deps, state);
                    } finally {
                        deps.destroy();
                    }
                } catch (error) {
                    failure = error;
                    if (error instanceof Error && error.stack && !(error instanceof errors.dz || error instanceof errors.zg || error instanceof errors.oM)) log.debug(error.stack);
                }
                await emit(step.result(state, failure));
            });
        }
    }),
    9393: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            G1: () => fullJitter,
            NQ: () => AdaptiveRate,
            il: () => spread,
            uk: () => realSleep
        });
        var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8382);
        const realSleep = (ms, signal) => new Promise((resolve, reject) => {
            if (signal?.aborted) return reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__.oM);
            const timer = setTimeout(() => {
                signal?.removeEventListener("abort", onAbort);
                resolve();
            }, Math.max(0, ms));
            const onAbort = () => {
                clearTimeout(timer);
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__.oM);
            };
            signal?.addEventListener("abort", onAbort, {
                once: true
            });
        });
        function fullJitter(attempt, baseMs, capMs, random = Math.random) {
            return Math.floor(random() * Math.min(capMs, baseMs * 2 ** Math.min(attempt, 30)));
        }
        function spread(value, fraction, random = Math.random) {
            return value * (1 - fraction + 2 * fraction * random());
        }
        class AdaptiveRate {
            now;
            sleep;
            floorPerSecond;
            rate=1 / 0;
            nextSlot=0;
            started;
            lastCut=-1 / 0;
            successes=[];
            constructor(now, sleep, floorPerSecond = .5) {
                this.now = now;
                this.sleep = sleep;
                this.floorPerSecond = floorPerSecond;
            }
            get perSecond() {
                return this.rate;
            }
            async acquire(signal) {
                const now = this.now();
                this.started ??= now;
                if (this.rate === 1 / 0) return;
                const slot = Math.max(now, this.nextSlot);
                this.nextSlot = slot + 1e3 / this.rate;
                if (slot > now) await this.sleep(slot - now, signal);
            }
            onSuccess() {
                const now = this.now();
                this.successes.push(now);
                while ((this.successes[0] ?? now) < now - 1e3) this.successes.shift();
                if (this.rate !== 1 / 0) this.rate *= 1.01;
            }
            onThrottle() {
                const now = this.now();
                if (now - (this.started ?? now) < 1e3 || now - this.lastCut < 500) return;
                this.lastCut = now;
                const gotThrough = this.successes.filter(t => t >= now - 1e3).length;
                this.rate = Math.max(this.floorPerSecond, Math.min(this.rate, gotThrough) * .95);
            }
        }
    }),
    438: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            T: () => limiter,
            s: () => mapLimit
        });
        async function mapLimit(items, limit, fn) {
            const results = new Array(items.length);
            let next = 0;
            const worker = async () => {
                while (next < items.length) {
                    const index = next++;
                    results[index] = await fn(items[index], index);
                }
            };
            await Promise.all(Array.from({
                length: Math.min(limit, items.length)
            }, worker));
            return results;
        }
        function limiter(limit) {
            let active = 0;
            const queue = [];
            return async fn => {
                if (active >= limit) await new Promise(resolve => queue.push(resolve));
                active++;
                try {
                    return await fn();
                } finally {
                    active--;
                    queue.shift()?.();
                }
            };
        }
    }),
    8382: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            D4: () => StartError,
            Sz: () => MalformedAnswerError,
            dz: () => InputError,
            oM: () => AbortedError,
            zg: () => StepError
        });
        class InputError extends Error {
            problems;
            constructor(problems, outcome = "nothing was sent to AWS") {
                super(formatProblems(problems, outcome));
                this.name = "InputError";
                this.problems = problems;
            }
        }
        function formatProblems(problems, outcome = "nothing was sent to AWS") {
            const head = problems.length === 1 ? "1 problem with the inputs" : `${problems.length} problems with the inputs`;
            return `${head}; ${outcome}:\n${problems.map(p => `  - ${p.input}: ${p.message}`).join("\n")}`;
        }
        class StepError extends Error {
            constructor(message) {
                super(message);
                this.name = "StepError";
            }
        }
        class StartError extends Error {
            last;
            tries;
            detail;
            constructor(last, tries, detail) {
                super(last instanceof Error ? last.message : String(last));
                this.last = last;
                this.tries = tries;
                this.detail = detail;
                this.name = "StartError";
            }
        }
        class AbortedError extends Error {
            maybeStarted;
            constructor(maybeStarted = false) {
                super("aborted");
                this.maybeStarted = maybeStarted;
                this.name = "AbortedError";
            }
        }
        class MalformedAnswerError extends Error {
            constructor(detail) {
                super(`the answer carried no usable job id (${detail})`);
                this.name = "MalformedAnswerError";
            }
        }
    }),
    8932: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            Ck: () => addSecret,
            E$: () => redact,
            eo: () => secretForms
        });
        const SECRET_VARIABLES = [ "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN", "AWS_ACCESS_KEY_ID" ];
        const MIN_LENGTH = 8;
        const learnt = new Set;
        function addSecret(value) {
            if (value && value.length >= MIN_LENGTH) learnt.add(value);
        }
        function base64Forms(value) {
            const bytes = Buffer.from(value);
            const forms = [ bytes.toString("base64"), bytes.toString("base64url") ];
            for (const offset of [ 0, 1, 2 ]) {
                const shifted = Buffer.concat([ Buffer.alloc(offset), bytes ]);
                const whole = 4 * Math.floor(shifted.length / 3);
                const inner = shifted.toString("base64").slice(offset === 0 ? 0 : 4, whole);
                forms.push(inner, inner.replace(/\+/g, "-").replace(/\//g, "_"));
            }
            return forms;
        }
        function secretForms(value) {
            const url = encodeURIComponent(value);
            const json = JSON.stringify(value).slice(1, -1);
            const forms = [ value, url, url.replace(/%[0-9A-F]{2}/g, hex => hex.toLowerCase()), encodeURIComponent(url), json, json.replace(/\//g, "\\/"), ...base64Forms(value) ];
            return [ ...new Set(forms) ].filter(form => form.length >= MIN_LENGTH);
        }
        const escapeRegExp = text => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
        let cached;
        function secretsPattern(env) {
            const values = SECRET_VARIABLES.map(name => env[name] ?? "");
            const key = `${values.join("\n")}\n${learnt.size}`;
            if (cached?.key === key) return cached.pattern;
            const forms = [ ...values.filter(value => value.length >= MIN_LENGTH), ...learnt ].flatMap(secretForms);
            const sorted = [ ...new Set(forms) ].sort((a, b) => b.length - a.length);
            const pattern = sorted.length > 0 ? new RegExp(sorted.map(escapeRegExp).join("|"), "g") : void 0;
            cached = {
                key: key,
                pattern: pattern
            };
            return pattern;
        }
        const TOKEN_FIELD = /(x-amz-security-token\\?"?\s*(?:[=:]|%3D)\s*\\?"?)(?:\\\/|[^\s&,;"\\])+/gi;
        function redact(text, env = process.env) {
            const secrets = secretsPattern(env);
            const out = secrets ? text.replace(secrets, "***") : text;
            return out.replace(/(Signature=)[0-9a-f]{16,}/gi, "$1***").replace(TOKEN_FIELD, "$1***").replace(/(Credential=)[A-Z0-9]{16,}/gi, "$1***");
        }
    }),
    4646: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            $0: () => neutralise,
            $u: () => shownOnOneLine,
            Jj: () => cut,
            KE: () => listed,
            LS: () => plural,
            SP: () => shown,
            a3: () => formatDuration,
            oh: () => thousands,
            wh: () => plainText
        });
        function formatDuration(ms) {
            const s = Math.round(ms / 1e3);
            if (s < 60) return `${s}s`;
            const m = Math.floor(s / 60);
            if (m < 60) return `${m}m ${s % 60}s`;
            return `${Math.floor(m / 60)}h ${m % 60}m`;
        }
        function thousands(count) {
            return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
        }
        function plural(count, noun, many = `${noun}s`) {
            return `${thousands(count)} ${count === 1 ? noun : many}`;
        }
        function shown(value) {
            const text = typeof value === "string" ? value : JSON.stringify(value);
            const cut = text.length > 120 ? `${text.slice(0, 117)}...` : text;
            return typeof value === "string" ? `"${cut}"` : `${cut} (${value === null ? "null" : typeof value})`;
        }
        const ZWSP = "​";
        const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;
        const ESCAPES = /(?:\u001B\[|\u009B)[0-?]*[ -/]*[@-~]|(?:\u001B\]|\u009D)[^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?|\u001B[ -/]*[0-~]/g;
        const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
        const COMMAND_START = /^(\s*):(?=:)/gm;
        const LEGACY_COMMAND = /#(?=#\[)/g;
        const UNICODE_BREAKS = /[\u0085\u2028\u2029]/g;
        function shownOnOneLine(text) {
            const escaped = JSON.stringify(text).slice(1, -1).replace(UNICODE_BREAKS, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
            return shown(escaped.replace(/::/g, `:${ZWSP}:`));
        }
        function plainText(text) {
            return text.replace(LINE_BREAKS, "\n").replace(ESCAPES, "").replace(CONTROLS, "");
        }
        function neutralise(text) {
            return plainText(text).replace(COMMAND_START, `$1:${ZWSP}`).replace(LEGACY_COMMAND, `#${ZWSP}`);
        }
        function listed(values, max = 10, width = 80) {
            const shownValues = values.slice(0, max).map(value => cut(value, width));
            if (values.length <= max) return shownValues.join(", ");
            return `${shownValues.join(", ")}, … and ${thousands(values.length - max)} more`;
        }
        function cut(text, max) {
            if (text.length <= max) return text;
            const end = /[\uD800-\uDBFF]/.test(text[max - 2] ?? "") ? max - 2 : max - 1;
            return `${text.slice(0, end)}…`;
        }
    }),
    9189: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            Yt: () => ACTION_VERSION,
            Yx: () => ACTION_REPOSITORY,
            px: () => ACTION_NAME
        });
        const ACTION_NAME = "healthomics-annotation-import-action";
        const ACTION_VERSION = "2.0.0";
        const ACTION_REPOSITORY = "octo-org/healthomics-annotation-import-action";
    }),
    1227: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            bP: () => startStep
        });
        var input_reader = __nccwpck_require__(6757);
        var shared_text = __nccwpck_require__(4646);
        const S3_IN_TEXT = /s3:\/\//g;
        function parseItems(text, problems = []) {
            const trimmed = text.trim();
            if (trimmed.startsWith("[")) return parseItemArray(trimmed, problems);
            const items = text.split(/\r?\n/).map((raw, index) => ({
                line: index + 1,
                uri: raw.trim(),
                where: `line ${index + 1}`
            })).filter(item => item.uri !== "" && !item.uri.startsWith("#"));
            for (const item of items) {
                const count = item.uri.match(S3_IN_TEXT)?.length ?? 0;
                if (count > 1) problems.push({
                    input: "items",
                    message: `${item.where}: one URI per line, found ${count} in ${(0, shared_text.SP)(item.uri)} (put each on its own line, or give a JSON array)`
                });
            }
            return items;
        }
        function parseItemArray(text, problems) {
            let value;
            try {
                value = JSON.parse(text);
            } catch (error) {
                problems.push({
                    input: "items",
                    message: `starts with [ but is not a JSON array of URIs (${error instanceof Error ? error.message : String(error)})`
                });
                return [];
            }
            const entries = Array.isArray(value) ? value : [];
            const items = [];
            entries.forEach((entry, index) => {
                const where = `entry ${index + 1}`;
                if (typeof entry !== "string") problems.push({
                    input: "items",
                    message: `${where}: expected an s3:// URI string, got ${(0, shared_text.SP)(entry)}`
                }); else items.push({
                    line: index + 1,
                    uri: entry.trim(),
                    where: where
                });
            });
            return items;
        }
        var errors = __nccwpck_require__(8382);
        var endpoints = __nccwpck_require__(847);
        const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
        function readAssumeRole(r, env) {
            const roleToAssume = r.optional("role-to-assume");
            const roleSessionName = r.optional("role-session-name") ?? "healthomics-annotation-import";
            const audience = r.optional("audience") ?? "sts.amazonaws.com";
            if (roleToAssume === void 0) return;
            if (!ROLE_ARN.test(roleToAssume)) r.problem("role-to-assume", `expected an IAM role ARN such as arn:aws:iam::123456789012:role/annotation-import, got ${(0, 
            shared_text.SP)(roleToAssume)}`);
            if (!/^[\w+=,.@-]{2,64}$/.test(roleSessionName)) r.problem("role-session-name", `expected 2 to 64 letters, digits or +=,.@_- characters, got ${(0, 
            shared_text.SP)(roleSessionName)}`);
            if (!env["ACTIONS_ID_TOKEN_REQUEST_URL"] || !env["ACTIONS_ID_TOKEN_REQUEST_TOKEN"]) r.problem("role-to-assume", "needs a GitHub OIDC token, and the runner gave none: add permissions: id-token: write to the job (or the workflow)");
            return {
                roleToAssume: roleToAssume,
                roleSessionName: roleSessionName,
                audience: audience
            };
        }
        const ENDPOINT_EXAMPLE = "https://analytics-omics.us-east-1.amazonaws.com";
        const PROXY_EXAMPLE = "http://proxy.example.com:3128";
        const ONLY_HTTP_PROXIES = "the action supports HTTP(S) proxies only (no PAC script, SOCKS or FTP); unset it, or give the http-proxy input";
        function checkEnvironment(r, env, explicitProxy) {
            for (const name of endpoints.ci) {
                const value = env[name]?.trim();
                const problem = value ? (0, endpoints.$Q)(value, ENDPOINT_EXAMPLE) : void 0;
                if (problem) r.problem(`${name} (environment)`, problem);
            }
            if (explicitProxy) return;
            for (const [name, value] of (0, endpoints.eq)(env)) {
                const problem = (0, endpoints.wS)(value, PROXY_EXAMPLE);
                if (problem) r.problem(`${name} (environment)`, `${problem}: ${ONLY_HTTP_PROXIES}`);
            }
        }
        function connection_readConnection(r, env) {
            const endpointUrl = r.url("endpoint-url", value => (0, endpoints.$Q)(value, ENDPOINT_EXAMPLE));
            const httpProxy = r.url("http-proxy", value => (0, endpoints.wS)(value, PROXY_EXAMPLE));
            checkEnvironment(r, env, httpProxy !== void 0);
            const assumeRole = readAssumeRole(r, env);
            return {
                ...assumeRole && {
                    assumeRole: assumeRole
                },
                region: r.region(),
                maxAttempts: r.integer("max-attempts", 5, 1, 20),
                requestTimeoutMs: r.durationWithin("request-timeout", 3e4, 1e3, 9e5),
                ...endpointUrl !== void 0 && {
                    endpointUrl: endpointUrl
                },
                ...httpProxy !== void 0 && {
                    httpProxy: httpProxy
                }
            };
        }
        function isCalendarDate(text) {
            const [year = 0, month = 0, day = 0] = text.slice(0, 10).split("-").map(Number);
            const date = new Date(Date.UTC(year, month - 1, day));
            return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
        }
        function readExpireAt(r) {
            const given = r.optional("credentials-expire-at");
            if (given === void 0) return;
            const at = new Date(given);
            if (!/^\d{4}-\d{2}-\d{2}T/.test(given) || Number.isNaN(at.getTime()) || !isCalendarDate(given)) {
                r.problem("credentials-expire-at", `must be an ISO 8601 time such as 2026-01-31T14:00:00Z (configure-aws-credentials' aws-expiration output), got ${(0, 
                shared_text.SP)(given)}`);
                return;
            }
            return at;
        }
        function connection_readWaitSettings(r) {
            const credentialsExpireAt = readExpireAt(r);
            return {
                ...credentialsExpireAt && {
                    credentialsExpireAt: credentialsExpireAt
                },
                waitTimeoutMs: r.duration("wait-timeout", 36e5),
                waitTimeoutText: r.raw("wait-timeout") || "1h",
                pollIntervalMs: r.seconds("poll-interval", 30, .1, 3600),
                allowPartial: r.boolean("allow-partial", false),
                cancelOnTimeout: r.boolean("cancel-on-timeout", false)
            };
        }
        function isDryRun(inputs) {
            return inputs !== void 0 && inputs.dryRun !== "off";
        }
        const START_INPUT_ORDER = [ "destination-name", "items", "role-arn", "version-name", "create-version", "version-description", "version-options", "version-tags", "format-options", "annotation-fields", "run-left-normalization", "region", "endpoint-url", "http-proxy", "request-timeout", "max-attempts", "role-to-assume", "role-session-name", "audience", "dry-run", "wait", "wait-timeout", "poll-interval", "allow-partial", "cancel-on-timeout", "credentials-expire-at", "one-job-per-item", "max-concurrency", "skip-imported", "reimport-changed", "max-history", "history-cache", "preflight", "check-files", "if-no-files-found", "bad-files" ];
        function noEffectWarnings(inputs) {
            const warnings = [];
            if (!inputs.wait || isDryRun(inputs)) {
                const why = isDryRun(inputs) ? "on a dry run (nothing is started)" : "without wait: true";
                if (inputs.allowPartial) warnings.push(`allow-partial has no effect ${why}.`);
                if (inputs.cancelOnTimeout) warnings.push(inputs.dryRun !== "off" ? `cancel-on-timeout has no effect ${why}.` : "cancel-on-timeout without wait: true acts only when the workflow run is cancelled while jobs are being started: " + "it then cancels the jobs already started. Nothing is waited for, so no wait-timeout runs out.");
                if (inputs.wait) warnings.push(`wait has no effect ${why}.`);
            }
            if (!inputs.skipImported && !inputs.reimportChanged) warnings.push("reimport-changed has no effect without skip-imported: true.");
            if (!inputs.createVersion) for (const [name, given] of [ [ "version-description", inputs.versionDescription ], [ "version-options", inputs.versionOptions ], [ "version-tags", inputs.versionTags ] ]) if (given !== void 0) warnings.push(`${name} has no effect without create-version: true.`);
            if (inputs.badFiles === "skip" && !(inputs.preflight && inputs.checkFiles)) warnings.push(`bad-files: skip has no effect without the file checks (${inputs.preflight ? "check-files" : "preflight"}: false).`);
            return warnings;
        }
        const DEFAULT_MAX_HISTORY = 2e4;
        function readItems(r) {
            const itemsText = r.required("items", "S3 URIs of the files to import, one per line or a JSON array");
            const items = parseItems(r.raw("items"), r.problems);
            if (itemsText !== "" && items.length === 0 && !r.problems.some(p => p.input === "items")) r.problem("items", "has no URI (only blank or # comment lines, or an empty array): give at least one s3://bucket/key");
            return items;
        }
        async function readStartInputs(get, env = process.env, loadYaml) {
            const structured = [ "format-options", "annotation-fields", "version-options", "version-tags" ];
            const r = new input_reader.mP(get, env, await (0, input_reader.rf)(get, structured, loadYaml));
            const destinationName = r.required("destination-name", "the annotation store name, e.g. my_store");
            const items = readItems(r);
            const roleArn = r.required("role-arn", "the ARN of the service role HealthOmics assumes to read the files");
            const versionName = r.optional("version-name");
            const createVersion = r.boolean("create-version", false);
            const versionDescription = r.optional("version-description");
            const versionOptions = r.structured("version-options");
            const versionTags = r.structured("version-tags");
            const formatOptions = r.structured("format-options");
            const annotationFields = r.structured("annotation-fields");
            const runLeftNormalization = r.boolean("run-left-normalization", void 0);
            const dryRun = r.booleanOrWord("dry-run", false, [ "offline" ]);
            const inputs = {
                destinationName: destinationName,
                items: items,
                roleArn: roleArn,
                ...versionName !== void 0 && {
                    versionName: versionName
                },
                createVersion: createVersion,
                ...versionDescription !== void 0 && {
                    versionDescription: versionDescription
                },
                ...versionOptions !== void 0 && {
                    versionOptions: versionOptions
                },
                ...versionTags !== void 0 && {
                    versionTags: versionTags
                },
                ...formatOptions !== void 0 && {
                    formatOptions: formatOptions
                },
                ...annotationFields !== void 0 && {
                    annotationFields: annotationFields
                },
                ...runLeftNormalization !== void 0 && {
                    runLeftNormalization: runLeftNormalization
                },
                ...connection_readConnection(r, env),
                ...connection_readWaitSettings(r),
                dryRun: dryRun === "offline" ? "offline" : dryRun ? "plan" : "off",
                wait: r.boolean("wait", false),
                oneJobPerItem: r.boolean("one-job-per-item", false),
                maxConcurrency: r.integer("max-concurrency", 5, 1, 50),
                skipImported: r.boolean("skip-imported", false),
                reimportChanged: r.boolean("reimport-changed", true),
                maxHistory: r.integer("max-history", DEFAULT_MAX_HISTORY, 100, 1e6),
                historyCache: r.boolean("history-cache", true),
                ...readChecks(r)
            };
            return {
                inputs: inputs,
                problems: r.problems
            };
        }
        function readChecks(r) {
            return {
                preflight: r.boolean("preflight", true),
                checkFiles: r.boolean("check-files", true),
                ifNoFilesFound: r.word("if-no-files-found", [ "error", "warn", "ignore" ]),
                badFiles: r.word("bad-files", [ "fail", "skip" ])
            };
        }
        var aws_errors = __nccwpck_require__(8098);
        var version = __nccwpck_require__(9189);
        const EXPIRED_NAMES = new Set([ "ExpiredToken", "ExpiredTokenException", "RequestExpired" ]);
        const EXPIRED_MESSAGE = /security token included in the request is expired|token (has )?expired|expired token/i;
        function isExpiredCredentials(error) {
            if (EXPIRED_NAMES.has((0, aws_errors.Is)(error))) return true;
            return /credential|token/i.test((0, aws_errors.Is)(error)) && EXPIRED_MESSAGE.test((0, 
            aws_errors.gJ)(error));
        }
        const EXPIRY_REMEDIES = "To avoid it, ask aws-actions/configure-aws-credentials for credentials that last longer than wait-timeout: role-duration-seconds up to the role's maximum session duration (a chained role, role-chaining: true, is capped at 1 hour whatever is asked), " + "or set role-to-assume so the action gets and renews its own credentials with GitHub's OIDC token.";
        function waitActionName(env = process.env) {
            const running = env["GITHUB_ACTION_REPOSITORY"] ?? "";
            const repository = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/.test(running) ? running : version.Yx;
            return `${repository}/wait`;
        }
        function expiredLines(jobs, env) {
            if (jobs.length === 0) return [];
            const waited = Math.max(...jobs.map(job => job.waitedMs));
            const ids = jobs.map(job => job.jobId);
            const listed = jobs.map(job => `${job.jobId} (last status ${job.status ?? "unknown"})`).join(", ");
            const many = jobs.length > 1;
            return [ `The AWS credentials expired after ${(0, shared_text.a3)(waited)} of waiting: the service refused the status checks (expired token), so the step stopped following ${many ? "the jobs" : "the job"}.`, `${many ? "The jobs keep" : "The job keeps"} running in HealthOmics (nothing was cancelled): ${listed}.`, `To follow ${many ? "them" : "it"} from a later step or job: get fresh credentials (aws-actions/configure-aws-credentials), then run the wait sub-action (${waitActionName(env)}) with job-ids: ${JSON.stringify(ids)} (the job-ids output), as in the chained example in the README.`, EXPIRY_REMEDIES ];
        }
        async function credentialsExpiry(given, resolve) {
            if (given) return given;
            try {
                return (await resolve())?.expiration;
            } catch {
                return;
            }
        }
        function expiryWarning(expiresAt, waitTimeoutMs, waitTimeoutText, now) {
            if (!expiresAt || Number.isNaN(expiresAt.getTime())) return;
            const left = expiresAt.getTime() - now;
            if (left >= waitTimeoutMs) return;
            const when = left > 0 ? `in ${(0, shared_text.a3)(left)}` : `${(0, shared_text.a3)(-left)} ago (they are already expired)`;
            return `The AWS credentials expire at ${expiresAt.toISOString()} (${when}), before wait-timeout (${waitTimeoutText}) runs out: ` + "if the import is still running then, the step stops following it and fails, and the jobs keep running. " + EXPIRY_REMEDIES;
        }
        async function warnBeforeWait(settings, deps) {
            if (settings.assumeRole) return;
            const expiresAt = await credentialsExpiry(settings.credentialsExpireAt, () => deps.clients.omics.config.credentials());
            const warning = expiryWarning(expiresAt, settings.waitTimeoutMs, settings.waitTimeoutText, deps.now());
            if (warning) deps.log.warning(warning);
        }
        var command = __nccwpck_require__(5845);
        var submodules_endpoints = __nccwpck_require__(4172);
        var EndpointParameters = __nccwpck_require__(7257);
        var schemas_0 = __nccwpck_require__(7354);
        class GetAnnotationImportJobCommand extends(command.u.classBuilder().ep(EndpointParameters.S).m(function(Command, cs, config, o) {
            return [ (0, submodules_endpoints.rD)(config, Command.getEndpointParameterInstructions()) ];
        }).s("Omics", "GetAnnotationImportJob", {}).n("OmicsClient", "GetAnnotationImportJobCommand").sc(schemas_0.SBt).build()){}
        class CancelAnnotationImportJobCommand extends(command.u.classBuilder().ep(EndpointParameters.S).m(function(Command, cs, config, o) {
            return [ (0, submodules_endpoints.rD)(config, Command.getEndpointParameterInstructions()) ];
        }).s("Omics", "CancelAnnotationImportJob", {}).n("OmicsClient", "CancelAnnotationImportJobCommand").sc(schemas_0.KHw).build()){}
        var shared_concurrency = __nccwpck_require__(438);
        const TERMINAL = new Set([ "COMPLETED", "COMPLETED_WITH_FAILURES", "FAILED", "CANCELLED" ]);
        function isTerminal(status) {
            return TERMINAL.has(status);
        }
        function verdict(status, allowPartial) {
            switch (status) {
              case "COMPLETED":
                return "success";

              case "COMPLETED_WITH_FAILURES":
                return allowPartial ? "success" : "failure";

              case "FAILED":
              case "CANCELLED":
                return "failure";

              default:
                return "running";
            }
        }
        const SEVERITY = [ "FAILED", "NOT_STARTED", "CANCELLED", "COMPLETED_WITH_FAILURES", "UNKNOWN", "IN_PROGRESS", "SUBMITTED", "COMPLETED" ];
        function overallStatus(statuses) {
            const rank = status => {
                const at = SEVERITY.indexOf(status);
                return at < 0 ? SEVERITY.indexOf("UNKNOWN") : at;
            };
            return [ ...statuses ].sort((a, b) => rank(a) - rank(b))[0] ?? "";
        }
        const HISTORY_JOB_STATUSES = new Set([ "SUBMITTED", "IN_PROGRESS", "COMPLETED", "COMPLETED_WITH_FAILURES" ]);
        const IMPORTED_ITEM_STATUSES = new Set([ "SUBMITTED", "IN_PROGRESS", "COMPLETED" ]);
        function itemCountsAsImported(jobStatus, itemStatus) {
            if (!HISTORY_JOB_STATUSES.has(jobStatus)) return false;
            return IMPORTED_ITEM_STATUSES.has(itemStatus ?? jobStatus);
        }
        var backoff = __nccwpck_require__(9393);
        function pollDelay(check, pollIntervalMs, random = Math.random) {
            const grown = Math.min(pollIntervalMs, Math.min(2e3, pollIntervalMs) * 1.5 ** check);
            return Math.max(100, Math.min(pollIntervalMs * 1.2, (0, backoff.il)(grown, .2, random)));
        }
        async function waitForJob(options) {
            const random = options.random ?? Math.random;
            const started = options.now();
            const deadline = started + options.timeoutMs;
            let last;
            let check = 0;
            let throttled = 0;
            const deadlineSignal = (options.deadlineSignal ?? AbortSignal.timeout)(options.timeoutMs);
            const checkSignal = options.signal ? AbortSignal.any([ options.signal, deadlineSignal ]) : deadlineSignal;
            const result = outcome => ({
                outcome: outcome,
                ...last && {
                    last: last
                },
                elapsedMs: options.now() - started
            });
            for (;;) {
                if (options.signal?.aborted) return result("aborted");
                try {
                    const state = await options.getStatus(checkSignal);
                    throttled = 0;
                    if (state.status !== last?.status) options.onChange?.(state, options.now() - started);
                    last = state;
                    const v = options.decide ? options.decide(state.status) : verdict(state.status, options.allowPartial);
                    if (v !== "running") return result(v);
                } catch (error) {
                    if (options.signal?.aborted || error instanceof errors.oM) return result("aborted");
                    if (deadlineSignal.aborted) return result("timeout");
                    if (isExpiredCredentials(error)) return result("expired");
                    const kind = (0, aws_errors.f8)(error);
                    if (kind === "throttle") throttled++; else if (kind !== "ambiguous" && kind !== "unsent") throw error;
                    options.onRetry?.(error);
                }
                const remaining = deadline - options.now();
                if (remaining <= 0) return result("timeout");
                const base = pollDelay(check++, options.pollIntervalMs, random);
                const pause = throttled > 0 ? Math.min(options.pollIntervalMs * 2, base * 2 ** throttled) : base;
                try {
                    await options.sleep(Math.min(pause, remaining), options.signal);
                } catch (error) {
                    if (error instanceof errors.oM) return result("aborted");
                    throw error;
                }
            }
        }
        const STATUS_CHECKS_IN_FLIGHT = 10;
        async function readJobState(omics, jobId, signal) {
            const job = await omics.send(new GetAnnotationImportJobCommand({
                jobId: jobId
            }), signal ? {
                abortSignal: signal
            } : {});
            return {
                status: job.status ?? "UNKNOWN",
                ...job.statusMessage && {
                    statusMessage: job.statusMessage
                },
                items: (job.items ?? []).map(item => ({
                    source: item.source ?? "",
                    jobStatus: item.jobStatus ?? ""
                })),
                ...job.destinationName && {
                    destinationName: job.destinationName
                },
                ...job.versionName && {
                    versionName: job.versionName
                },
                ...job.creationTime && {
                    creationTime: job.creationTime
                },
                ...job.completionTime && {
                    completionTime: job.completionTime
                }
            };
        }
        function filesLabel(items) {
            if (items.length === 0) return "";
            return items.length === 1 ? items[0] ?? "" : `${items[0]} (+${items.length - 1} more)`;
        }
        async function followJobs(omics, jobs, settings, runtime) {
            const expired = new AbortController;
            const signal = AbortSignal.any([ runtime.signal, expired.signal ]);
            const shared = {
                inFlight: (0, shared_concurrency.T)(STATUS_CHECKS_IN_FLIGHT),
                many: jobs.length > 1,
                signal: signal,
                expired: expired
            };
            const all = await Promise.all(jobs.map(job => followOne(omics, job, settings, runtime, shared)));
            const followed = expired.signal.aborted && !runtime.signal.aborted ? stoppedByExpiry(all) : all;
            if (!settings.cancelOnTimeout) return followed;
            const budget = runtime.cleanupSignal();
            return (0, shared_concurrency.s)(followed, 5, job => (job.outcome === "timeout" || job.outcome === "aborted") && !job.found ? cancelJob(omics, job, runtime, budget) : Promise.resolve(job));
        }
        async function followOne(omics, {jobId: jobId, items: items, found: found}, settings, runtime, shared) {
            const job = {
                jobId: jobId,
                items: items,
                ...found && {
                    found: found
                }
            };
            const name = shared.many ? `Job ${jobId} (${filesLabel(items)}):` : "Job";
            const started = runtime.now();
            try {
                const result = await waitForJob({
                    getStatus: signal => shared.inFlight(() => readJobState(omics, jobId, signal)),
                    timeoutMs: settings.waitTimeoutMs,
                    pollIntervalMs: settings.pollIntervalMs,
                    allowPartial: settings.allowPartial,
                    now: runtime.now,
                    sleep: runtime.sleep,
                    random: runtime.random,
                    signal: shared.signal,
                    onChange: (state, elapsed) => runtime.log.info(`${name} ${state.status} after ${(0, 
                    shared_text.a3)(elapsed)}${state.statusMessage ? ` (${state.statusMessage})` : ""}`),
                    onRetry: error => runtime.log.debug(`Status check of ${jobId} failed (${(0, aws_errors.Is)(error)}); checking again`)
                });
                if (result.outcome === "expired") shared.expired.abort();
                const last = result.last && {
                    last: result.last
                };
                return {
                    ...job,
                    outcome: result.outcome,
                    waitedMs: result.elapsedMs,
                    ...last
                };
            } catch (error) {
                return {
                    ...job,
                    outcome: "error",
                    waitedMs: runtime.now() - started,
                    error: error
                };
            }
        }
        function stoppedByExpiry(followed) {
            return followed.map(job => job.outcome === "aborted" ? {
                ...job,
                outcome: "expired"
            } : job);
        }
        const CANCEL_READS = 3;
        async function cancelJob(omics, job, runtime, budget) {
            try {
                await omics.send(new CancelAnnotationImportJobCommand({
                    jobId: job.jobId
                }), {
                    abortSignal: budget
                });
            } catch (error) {
                if ((0, aws_errors.Is)(error) !== "ValidationException") {
                    const why = budget.aborted ? "no answer within the cancel budget" : (0, aws_errors.Uc)(error);
                    runtime.log.warning(`Could not cancel job ${job.jobId}: ${why}`);
                    return {
                        ...job,
                        cancel: {
                            confirmed: false,
                            error: why
                        }
                    };
                }
            }
            let last = job.last;
            for (let check = 1; check <= CANCEL_READS && !budget.aborted; check++) {
                try {
                    last = await readJobState(omics, job.jobId, budget);
                } catch (error) {
                    runtime.log.debug(`Status check of ${job.jobId} after cancelling failed (${(0, aws_errors.Is)(error)})`);
                }
                if (last && isTerminal(last.status) || check === CANCEL_READS) break;
                await runtime.sleep(500, budget).catch(() => {});
            }
            const confirmed = last !== void 0 && isTerminal(last.status);
            runtime.log.info(confirmed ? `Job ${job.jobId}: cancelled (status now ${last?.status})` : `Job ${job.jobId}: cancel requested, not yet confirmed (last status ${last?.status ?? "unknown"})`);
            return {
                ...job,
                ...last && {
                    last: last
                },
                cancel: {
                    confirmed: confirmed
                }
            };
        }
        class ListAnnotationImportJobsCommand extends(command.u.classBuilder().ep(EndpointParameters.S).m(function(Command, cs, config, o) {
            return [ (0, submodules_endpoints.rD)(config, Command.getEndpointParameterInstructions()) ];
        }).s("Omics", "ListAnnotationImportJobs", {}).n("OmicsClient", "ListAnnotationImportJobsCommand").sc(schemas_0.D4g).build()){}
        function readPace(now, sleep) {
            return new backoff.NQ(now, sleep);
        }
        const PACE_MIDDLEWARE = "historyReadPace";
        function paced(command, pace, signal) {
            if (!pace) return command;
            const stack = command.middlewareStack;
            if (stack.identify().some(name => name.startsWith(PACE_MIDDLEWARE))) return command;
            stack.add(next => async args => {
                await pace.acquire(signal);
                try {
                    const result = await next(args);
                    pace.onSuccess();
                    return result;
                } catch (error) {
                    if ((0, aws_errors.f8)(error) === "throttle") pace.onThrottle();
                    throw error;
                }
            }, {
                step: "deserialize",
                name: PACE_MIDDLEWARE,
                priority: "high"
            });
            return command;
        }
        const import_job_JOB_ID = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/;
        function isJobId(value) {
            return typeof value === "string" && import_job_JOB_ID.test(value);
        }
        const DETAILS_IN_FLIGHT = 5;
        const PROGRESS_EVERY = 500;
        class JobBook {
            omics;
            signal;
            pace;
            memory;
            details=new Map;
            gets=0;
            constructor(omics, signal, pace, memory) {
                this.omics = omics;
                this.signal = signal;
                this.pace = pace;
                this.memory = memory;
            }
            detail(summary, signal = this.signal) {
                let found = this.details.get(summary.id);
                const recalled = found ? void 0 : this.memory?.recall(summary);
                if (recalled) {
                    found = Promise.resolve(recalled);
                    this.details.set(summary.id, found);
                } else if (!found) {
                    found = this.read(summary, signal);
                    this.details.set(summary.id, found);
                    found.catch(() => this.details.delete(summary.id));
                }
                return found;
            }
            reread(summary) {
                const found = this.read(summary, this.signal);
                this.details.set(summary.id, found);
                found.catch(() => this.details.delete(summary.id));
                return found;
            }
            forget(ids) {
                for (const id of ids) this.details.delete(id);
            }
            async read(summary, signal) {
                this.gets++;
                const job = await this.omics().send(paced(new GetAnnotationImportJobCommand({
                    jobId: summary.id
                }), this.pace, signal), signal ? {
                    abortSignal: signal
                } : {});
                const detail = {
                    ...summary,
                    status: job.status ?? summary.status,
                    items: (job.items ?? []).map(item => ({
                        source: item.source ?? "",
                        jobStatus: item.jobStatus ?? ""
                    }))
                };
                this.memory?.learn(detail);
                return detail;
            }
        }
        function historyTooLong(storeName, maxJobs, purpose) {
            return new errors.zg(`The import history of ${storeName} is longer than max-history (${(0, 
            shared_text.oh)(maxJobs)} jobs), so ${purpose} ` + "cannot be answered from all of it; no job was started. Raise max-history (up to 1,000,000; each 100 jobs cost one " + "ListAnnotationImportJobs call, and each job read one GetAnnotationImportJob call), or import into a new store version.");
        }
        function untrustedIds(count, storeName, purpose) {
            return `ListAnnotationImportJobs listed ${(0, shared_text.LS)(count, "job")} of ${storeName} whose id is not a job id (the model's ` + `pattern): ${count === 1 ? "it is" : "they are"} not trusted, and left out of ${purpose}`;
        }
        function keepJobs(entries, storeName, jobs) {
            let untrusted = 0;
            for (const job of entries) {
                if (!job.id || !job.status) continue;
                if (!isJobId(job.id)) {
                    untrusted++;
                    continue;
                }
                if (job.destinationName && job.destinationName !== storeName) continue;
                jobs.push({
                    id: job.id,
                    status: job.status,
                    versionName: job.versionName ?? "",
                    roleArn: job.roleArn ?? "",
                    ...job.creationTime && {
                        creationTime: job.creationTime
                    }
                });
            }
            return untrusted;
        }
        async function listJobs(omics, options, runtime, purpose, pace) {
            const jobs = [];
            let pages = 0;
            let untrusted = 0;
            let listed = 0;
            let nextToken;
            do {
                const page = await omics.send(paced(new ListAnnotationImportJobsCommand({
                    maxResults: 100,
                    filter: {
                        storeName: options.storeName
                    },
                    ...nextToken !== void 0 && {
                        nextToken: nextToken
                    }
                }), pace, runtime.signal), {
                    abortSignal: runtime.signal
                });
                nextToken = page.nextToken || void 0;
                const entries = page.annotationImportJobs ?? [];
                listed += entries.length || (nextToken === void 0 ? 0 : 1);
                untrusted += keepJobs(entries, options.storeName, jobs);
                if (listed > options.maxJobs) throw historyTooLong(options.storeName, options.maxJobs, purpose);
                if (++pages % 10 === 0) runtime.log.info(`Reading the import history of ${options.storeName}: ${(0, 
                shared_text.LS)(jobs.length, "job")} listed so far`);
            } while (nextToken !== void 0);
            if (untrusted > 0) runtime.log.warning(untrustedIds(untrusted, options.storeName, purpose));
            return jobs.sort((a, b) => (b.creationTime?.getTime() ?? 0) - (a.creationTime?.getTime() ?? 0));
        }
        async function importedItems(book, history, uris, options, runtime) {
            const wanted = new Set(uris);
            const settled = new Map;
            const candidates = history.filter(job => HISTORY_JOB_STATUSES.has(job.status) && (options.versionName === void 0 || job.versionName === options.versionName));
            let read = 0;
            await (0, shared_concurrency.s)(candidates, DETAILS_IN_FLIGHT, async (summary, index) => {
                if (settled.size === wanted.size) return;
                const job = await book.detail(summary);
                for (const item of job.items) if (wanted.has(item.source) && itemCountsAsImported(job.status, item.jobStatus)) {
                    const known = settled.get(item.source);
                    if (known === void 0 || known.index > index) settled.set(item.source, {
                        jobId: job.id,
                        index: index
                    });
                }
                if (++read % PROGRESS_EVERY === 0) runtime.log.info(`Reading import history: ${(0, 
                shared_text.oh)(read)} of ~${(0, shared_text.oh)(candidates.length)} jobs`);
            });
            return new Map(uris.flatMap(uri => {
                const found = settled.get(uri);
                return found ? [ [ uri, found.jobId ] ] : [];
            }));
        }
        async function provenanceTags() {
            const {Context: Context} = await __nccwpck_require__.e(157).then(__nccwpck_require__.bind(__nccwpck_require__, 7157));
            const context = new Context;
            const repository = process.env["GITHUB_REPOSITORY"] ? `${context.repo.owner}/${context.repo.repo}` : void 0;
            const tags = {
                "github-repository": repository,
                "github-workflow": context.workflow,
                "github-run": repository && context.runId ? `${context.serverUrl}/${repository}/actions/runs/${context.runId}` : void 0,
                "github-sha": context.sha
            };
            return Object.fromEntries(Object.entries(tags).flatMap(([key, value]) => value ? [ [ key, [ ...value ].slice(0, 256).join("") ] ] : []));
        }
        class GetAnnotationStoreVersionCommand extends(command.u.classBuilder().ep(EndpointParameters.S).m(function(Command, cs, config, o) {
            return [ (0, submodules_endpoints.rD)(config, Command.getEndpointParameterInstructions()) ];
        }).s("Omics", "GetAnnotationStoreVersion", {}).n("OmicsClient", "GetAnnotationStoreVersionCommand").sc(schemas_0.hzm).build()){}
        class CreateAnnotationStoreVersionCommand extends(command.u.classBuilder().ep(EndpointParameters.S).m(function(Command, cs, config, o) {
            return [ (0, submodules_endpoints.rD)(config, Command.getEndpointParameterInstructions()) ];
        }).s("Omics", "CreateAnnotationStoreVersion", {}).n("OmicsClient", "CreateAnnotationStoreVersionCommand").sc(schemas_0.PvW).build()){}
        class VersionError extends errors.zg {
            version;
            constructor(message, version) {
                super(message);
                this.version = version;
            }
        }
        function versionVerdict(status) {
            if (status === "ACTIVE") return "success";
            if (status === "FAILED" || status === "DELETING") return "failure";
            return "running";
        }
        async function readVersion(omics, request, signal) {
            try {
                return await omics.send(new GetAnnotationStoreVersionCommand({
                    name: request.name,
                    versionName: request.versionName
                }), signal ? {
                    abortSignal: signal
                } : {});
            } catch (error) {
                if ((0, aws_errors.Is)(error) === "ResourceNotFoundException") return;
                throw error;
            }
        }
        function unusable(request, status, message, version) {
            return new VersionError(`Version ${request.versionName} of store ${request.name} is ${status}${message ? `: ${message}` : ""}; no job was started. ` + (status === "DELETING" ? "Wait for the deletion to end, then run again to create it anew, or use another version-name." : "Delete it, or use another version-name."), version);
        }
        function logVersionRequest(request, log) {
            log.group("Create version request (CreateAnnotationStoreVersion)", [ JSON.stringify(request, null, 2) ]);
        }
        async function createUnlessExists(omics, request, runtime) {
            logVersionRequest(request, runtime.log);
            try {
                await omics.send(new CreateAnnotationStoreVersionCommand(request), {
                    abortSignal: runtime.signal
                });
                runtime.log.info(`Creating version ${request.versionName} of store ${request.name}`);
                return true;
            } catch (error) {
                if ((0, aws_errors.Is)(error) !== "ConflictException") throw error;
                runtime.log.info(`Version ${request.versionName} of store ${request.name} is being created by another run (ConflictException); waiting for it`);
                return false;
            }
        }
        async function waitUntilActive(omics, request, settings, runtime, created, knownArn) {
            let arn = knownArn;
            const result = await waitForJob({
                getStatus: async signal => {
                    const version = await readVersion(omics, request, signal);
                    arn = version?.versionArn ?? arn;
                    return {
                        status: version?.status ?? "CREATING",
                        ...version?.statusMessage && {
                            statusMessage: version.statusMessage
                        }
                    };
                },
                decide: versionVerdict,
                timeoutMs: settings.waitTimeoutMs,
                pollIntervalMs: settings.pollIntervalMs,
                allowPartial: false,
                now: runtime.now,
                sleep: runtime.sleep,
                random: runtime.random,
                signal: runtime.signal,
                onChange: (state, elapsed) => runtime.log.info(`Version ${request.versionName}: ${state.status} after ${(0, 
                shared_text.a3)(elapsed)}`)
            });
            const status = result.last?.status ?? "unknown";
            const version = {
                versionName: request.versionName,
                created: created,
                status: status,
                ...result.last?.statusMessage && {
                    statusMessage: result.last.statusMessage
                },
                ...arn && {
                    arn: arn
                }
            };
            if (result.outcome === "timeout") throw new VersionError(`Version ${request.versionName} of store ${request.name} was still ${status} after waiting ${(0, 
            shared_text.a3)(result.elapsedMs)} (wait-timeout ${settings.waitTimeoutText}); no job was started. Raise wait-timeout, or run again once it is ACTIVE.`, version);
            if (result.outcome === "aborted") throw new VersionError(`Stopped: the workflow run was cancelled while waiting for version ${request.versionName}; no job was started.`, version);
            if (result.outcome === "failure") throw unusable(request, status, result.last?.statusMessage, version);
            return version;
        }
        async function ensureVersion(omics, request, settings, runtime) {
            const existing = await readVersion(omics, request, runtime.signal);
            if (existing?.status === "ACTIVE") {
                runtime.log.info(`Version ${request.versionName} of store ${request.name} exists and is ACTIVE`);
                return {
                    versionName: request.versionName,
                    created: false,
                    status: "ACTIVE",
                    ...existing.versionArn && {
                        arn: existing.versionArn
                    }
                };
            }
            if (existing && versionVerdict(existing.status ?? "") === "failure") throw unusable(request, existing.status ?? "", existing.statusMessage, {
                versionName: request.versionName,
                created: false,
                status: existing.status ?? "",
                ...existing.versionArn && {
                    arn: existing.versionArn
                }
            });
            const created = existing ? false : await createUnlessExists(omics, request, runtime);
            return await waitUntilActive(omics, request, settings, runtime, created, existing?.versionArn);
        }
        async function planVersion(omics, request, runtime) {
            const existing = await readVersion(omics, request, runtime.signal);
            if (!existing) {
                logVersionRequest(request, runtime.log);
                return `would create version ${request.versionName} of store ${request.name}`;
            }
            if (versionVerdict(existing.status ?? "") === "failure") throw new errors.zg(unusable(request, existing.status ?? "", existing.statusMessage, {
                versionName: request.versionName,
                created: false,
                status: existing.status ?? ""
            }).message);
            return `version ${request.versionName} of store ${request.name} exists (${existing.status ?? "status not given"}); it would not be created`;
        }
        var format_options = __nccwpck_require__(949);
        const ANNOTATION_TYPES = [ "GENERIC", "CHR_POS", "CHR_POS_REF_ALT", "CHR_START_END_ONE_BASE", "CHR_START_END_REF_ALT_ONE_BASE", "CHR_START_END_ZERO_BASE", "CHR_START_END_REF_ALT_ZERO_BASE" ];
        const HEADER_KEYS = [ "CHR", "START", "END", "REF", "ALT", "POS" ];
        const SCHEMA_TYPES = [ "LONG", "INT", "STRING", "FLOAT", "DOUBLE", "BOOLEAN" ];
        const SCHEMA_NAME = /^[a-z0-9_]{1,255}$/;
        function checkEnum(input, path, value, allowed, problems) {
            if (value === void 0) return;
            if (typeof value !== "string" || !allowed.includes(value)) problems.push({
                input: input,
                message: `${path} must be one of ${allowed.join(", ")}, got ${(0, shared_text.SP)(value)}`
            });
        }
        function checkFormatToHeader(value, problems) {
            const input = "version-options";
            if (value === void 0) return;
            if (!(0, format_options.Gv)(value)) {
                problems.push({
                    input: input,
                    message: `tsvVersionOptions.formatToHeader must be a mapping, got ${(0, shared_text.SP)(value)}`
                });
                return;
            }
            for (const [key, column] of Object.entries(value)) {
                checkEnum(input, "a tsvVersionOptions.formatToHeader key", key, HEADER_KEYS, problems);
                (0, format_options.Em)(input, `tsvVersionOptions.formatToHeader.${key}`, column, 0, 1e3, problems);
            }
        }
        function checkSchema(value, problems) {
            const input = "version-options";
            if (value === void 0) return;
            if (!Array.isArray(value) || value.length < 1 || value.length > 5e3) {
                problems.push({
                    input: input,
                    message: `tsvVersionOptions.schema must be a list of 1 to 5000 one-entry mappings (column: type), got ${(0, 
                    shared_text.SP)(value)}`
                });
                return;
            }
            value.forEach((item, index) => {
                const path = `tsvVersionOptions.schema[${index}]`;
                const entries = (0, format_options.Gv)(item) ? Object.entries(item) : [];
                const [entry] = entries;
                if (!entry || entries.length !== 1) {
                    problems.push({
                        input: input,
                        message: `${path} must be one mapping of a column name to its type, got ${(0, shared_text.SP)(item)}`
                    });
                    return;
                }
                if (!SCHEMA_NAME.test(entry[0])) problems.push({
                    input: input,
                    message: `${path}: column name must match [a-z0-9_]{1,255}, got ${(0, shared_text.SP)(entry[0])}`
                });
                checkEnum(input, `${path}.${entry[0]}`, entry[1], SCHEMA_TYPES, problems);
            });
        }
        function checkVersionOptions(value, problems) {
            const input = "version-options";
            const before = problems.length;
            if (!(0, format_options.Gv)(value) || Object.keys(value).length !== 1 || !(0, format_options.Gv)(value["tsvVersionOptions"])) {
                problems.push({
                    input: input,
                    message: `expected a mapping with tsvVersionOptions (the only kind of version options), got ${(0, 
                    shared_text.SP)(value)}`
                });
                return;
            }
            const tsv = value["tsvVersionOptions"];
            for (const key of Object.keys(tsv)) if (![ "annotationType", "formatToHeader", "schema" ].includes(key)) problems.push({
                input: input,
                message: `tsvVersionOptions.${key} is not an option here; expected annotationType, formatToHeader, schema`
            });
            checkEnum(input, "tsvVersionOptions.annotationType", tsv["annotationType"], ANNOTATION_TYPES, problems);
            checkFormatToHeader(tsv["formatToHeader"], problems);
            checkSchema(tsv["schema"], problems);
            return problems.length === before ? value : void 0;
        }
        function checkTags(input, value, problems) {
            if (!(0, format_options.Gv)(value)) {
                problems.push({
                    input: input,
                    message: `expected a mapping of tag names to values (e.g. release: "2026-11"), got ${(0, 
                    shared_text.SP)(value)}`
                });
                return;
            }
            const before = problems.length;
            for (const [key, tag] of Object.entries(value)) {
                const length = [ ...key ].length;
                if (length < 1 || length > 128) problems.push({
                    input: input,
                    message: `tag key ${(0, shared_text.SP)(key)} must be 1 to 128 characters, got ${length}`
                });
                if (key.toLowerCase().startsWith("aws:")) problems.push({
                    input: input,
                    message: `tag key ${(0, shared_text.SP)(key)}: the aws: prefix is reserved`
                });
                if (typeof tag !== "string") problems.push({
                    input: input,
                    message: `tag ${key} must be a string, got ${(0, shared_text.SP)(tag)} (quote it in YAML)`
                }); else (0, format_options.Em)(input, `tag ${key}`, tag, 0, 256, problems);
            }
            return problems.length === before ? value : void 0;
        }
        function checkVersionFields(fields, problems) {
            if (!fields.createVersion) return;
            const before = problems.length;
            if (fields.versionName === void 0) problems.push({
                input: "create-version",
                message: "needs version-name: the name of the version to create, e.g. clinvar_2026_11"
            });
            if (fields.versionDescription !== void 0) (0, format_options.Em)("version-description", "the description", fields.versionDescription, 0, 500, problems);
            const versionOptions = fields.versionOptions === void 0 ? void 0 : checkVersionOptions(fields.versionOptions, problems);
            const tags = fields.versionTags === void 0 ? void 0 : checkTags("version-tags", fields.versionTags, problems);
            if (problems.length > before || fields.versionName === void 0) return;
            return {
                name: fields.destinationName,
                versionName: fields.versionName,
                ...fields.versionDescription !== void 0 && {
                    description: fields.versionDescription
                },
                ...versionOptions && {
                    versionOptions: versionOptions
                },
                ...tags && {
                    tags: tags
                }
            };
        }
        var request = __nccwpck_require__(6968);
        var explain = __nccwpck_require__(4243);
        function lastStatus(job) {
            return job.last?.status ?? "UNKNOWN";
        }
        function cancelNote(job) {
            if (!job.cancel) return;
            if (job.cancel.error) return `could not cancel (${job.cancel.error})`;
            if (!job.cancel.confirmed) return `cancel requested, not yet confirmed (last status ${lastStatus(job)})`;
            return lastStatus(job) === "CANCELLED" ? "cancelled by this step" : `ended ${lastStatus(job)} before the cancel took effect`;
        }
        function runTime(job) {
            const created = job.last?.creationTime?.getTime();
            const ended = job.last?.completionTime?.getTime();
            return created !== void 0 && ended !== void 0 && ended >= created ? ended - created : void 0;
        }
        function followOutputs(followed) {
            const messages = followed.flatMap(job => {
                const named = line => followed.length > 1 ? `job ${job.jobId}: ${line}` : line;
                const lines = job.last?.statusMessage ? [ named(job.last.statusMessage) ] : [];
                const note = cancelNote(job);
                if (note && !job.cancel?.confirmed) lines.push(`job ${job.jobId}: ${note}`);
                return lines;
            });
            return {
                status: overallStatus(followed.map(lastStatus)),
                "status-message": messages.join("\n")
            };
        }
        function followWarnings(followed) {
            return followed.filter(job => job.outcome === "success" && lastStatus(job) === "COMPLETED_WITH_FAILURES").map(job => `Job ${job.jobId} completed with failures (allowed by allow-partial)`);
        }
        function jobLine(job, ctx, cancelled) {
            const status = job.last?.status ?? "unknown";
            switch (job.outcome) {
              case "success":
                return;

              case "failure":
                {
                    const items = (job.last?.items ?? []).map(item => `${item.source}: ${item.jobStatus}`).join("; ");
                    const found = job.found ? " (found by skip-imported: a rerun imports its failed files again)" : "";
                    return `Job ${job.jobId} ended ${status}${job.last?.statusMessage ? `: ${job.last.statusMessage}` : ""}${items ? ` [${items}]` : ""}${found}`;
                }

              case "timeout":
                return `Job ${job.jobId} had not ended after waiting ${(0, shared_text.a3)(job.waitedMs)} (wait-timeout)${job.cancel?.confirmed ? "" : `; last status ${status}`}`;

              case "aborted":
                if (cancelled === "starting") return;
                return cancelled === "waiting" ? `Stopped waiting for job ${job.jobId} (the workflow run was cancelled); last status ${status}` : `The workflow run was cancelled once job ${job.jobId} had started (wait: false); last status ${status}`;

              case "expired":
                return;

              case "error":
                return `Could not follow job ${job.jobId}: ${(0, explain.UW)(job.error, ctx).replace(/\n/g, " ")}`;
            }
        }
        function expiredJobs(followed) {
            return followed.filter(job => job.outcome === "expired").map(job => ({
                jobId: job.jobId,
                waitedMs: job.waitedMs,
                ...job.last && {
                    status: job.last.status
                }
            }));
        }
        function followFailureLines(followed, settings, ctx, cancelled = "waiting") {
            const lines = followed.flatMap(job => jobLine(job, ctx, cancelled) ?? []);
            lines.push(...expiredLines(expiredJobs(followed)));
            const unfinished = followed.filter(job => job.outcome === "timeout" || job.outcome === "aborted");
            for (const job of unfinished) {
                const note = cancelNote(job);
                if (note) lines.push(`Cancel-on-timeout: job ${job.jobId}: ${note}`);
            }
            const running = unfinished.filter(job => !job.cancel && !job.found);
            if (running.length > 0 && !settings.cancelOnTimeout) lines.push(`The job${running.length > 1 ? "s keep" : " keeps"} running: ${running.map(job => job.jobId).join(", ")} (set cancel-on-timeout: true to cancel instead)`);
            const found = unfinished.filter(job => job.found);
            if (found.length > 0) lines.push(`The job${found.length > 1 ? "s keep" : " keeps"} running: ${found.map(job => job.jobId).join(", ")} (found by skip-imported, not started by this step, so never cancelled by it)`);
            if (followed.some(job => job.outcome === "failure" && lastStatus(job) === "COMPLETED_WITH_FAILURES") && !settings.allowPartial) lines.push("Some items failed (COMPLETED_WITH_FAILURES); set allow-partial: true to accept that.");
            return lines;
        }
        function rowNote(job) {
            if (!job.cancel?.confirmed || job.cancel.error) return cancelNote(job);
            return lastStatus(job) === "CANCELLED" ? "by this step" : "before the cancel took effect";
        }
        function followedRow(job) {
            const run = runTime(job);
            const note = rowNote(job);
            return {
                jobId: job.jobId,
                items: job.items,
                status: lastStatus(job),
                ...note && {
                    note: `(${note})`
                },
                ...job.last?.statusMessage && {
                    statusMessage: job.last.statusMessage
                },
                ...run !== void 0 && {
                    runMs: run
                },
                waitedMs: job.waitedMs,
                ...job.last?.items && {
                    itemStatuses: job.last.items
                }
            };
        }
        function followedEntry(job) {
            return {
                jobId: job.jobId,
                items: job.items,
                status: lastStatus(job),
                ...job.last?.statusMessage && {
                    statusMessage: job.last.statusMessage
                },
                ...job.found && {
                    found: true
                }
            };
        }
        function stepContext(inputs) {
            return {
                region: inputs?.region ?? "",
                ...inputs?.roleArn && {
                    roleArn: inputs.roleArn
                },
                ...inputs?.waitTimeoutText && {
                    waitTimeout: inputs.waitTimeoutText
                }
            };
        }
        function errorFailure(error, ctx, what = "any job started") {
            if (error instanceof errors.dz || error instanceof errors.zg) return error.message;
            if (error instanceof errors.oM) return `Stopped: the workflow run was cancelled before ${what}.`;
            return (0, explain.UW)(error, ctx);
        }
        const files = request => request.items.map(item => item.source);
        function maybeStartedLines(uncertain, ctx) {
            const store = uncertain[0]?.request.destinationName ?? "<store>";
            return [ `A job may have been started for ${uncertain.map(o => files(o.request).join(", ")).join("; ")}: ` + "the Start call was in flight when the run was cancelled, and its job could not be confirmed in time.", `To find it: rerun with skip-imported: true (it skips files a job is importing), or list the store's jobs: ` + `aws omics list-annotation-import-jobs --region ${ctx.region} --filter storeName=${store}` ];
        }
        function cancelledAfterStartLine(state) {
            const ids = (state.outcomes ?? []).flatMap(outcome => outcome.jobId ? [ outcome.jobId ] : []);
            const running = ids.length > 1 ? `jobs ${ids.join(", ")} keep running` : `job ${ids[0]} keeps running`;
            return state.followed ? "Stopped: the workflow run was cancelled." : `Stopped: the workflow run was cancelled once the import had started: ${running} (set cancel-on-timeout: true to cancel on a cancel).`;
        }
        function notStartedLines(outcomes, ctx) {
            const notStarted = outcomes.filter(outcome => outcome.error);
            const started = outcomes.length - notStarted.length;
            if (outcomes.some(outcome => outcome.error instanceof errors.oM)) {
                const head = "Stopped: the workflow run was cancelled while jobs were being started.";
                const uncertain = outcomes.filter(o => o.error instanceof errors.oM && o.error.maybeStarted);
                if (uncertain.length > 0) return [ head, ...maybeStartedLines(uncertain, ctx) ];
                return [ started === 0 ? `${head} No job was started.` : head ];
            }
            if (notStarted.length === 0) return [];
            const reason = outcome => (0, explain.UW)(outcome.error, ctx);
            if (outcomes.length === 1 && notStarted[0]) return [ reason(notStarted[0]) ];
            return [ `${notStarted.length} of ${(0, shared_text.LS)(outcomes.length, "job")} could not be started${started > 0 ? ` (${started} started: see the job-ids output)` : ""}:`, ...notStarted.map(outcome => `- ${files(outcome.request).join(", ")}: ${reason(outcome).replace(/\n/g, " ")}`) ];
        }
        function startRows(state) {
            const byJob = new Map((state.followed ?? []).map(job => [ job.jobId, job ]));
            const rows = [];
            const entries = [];
            const statuses = [];
            for (const outcome of state.outcomes ?? []) {
                const followed = outcome.jobId ? byJob.get(outcome.jobId) : void 0;
                const recovered = outcome.recovered ? {
                    note: "(found after a lost answer)"
                } : {};
                if (followed) {
                    rows.push({
                        ...followedRow(followed),
                        ...recovered
                    });
                    entries.push(followedEntry(followed));
                    statuses.push(followed.last?.status ?? "UNKNOWN");
                } else if (outcome.jobId) {
                    rows.push({
                        jobId: outcome.jobId,
                        items: files(outcome.request),
                        status: "SUBMITTED",
                        ...recovered
                    });
                    entries.push({
                        jobId: outcome.jobId,
                        items: files(outcome.request),
                        status: "SUBMITTED"
                    });
                    statuses.push("SUBMITTED");
                } else if (outcome.error instanceof errors.oM && outcome.error.maybeStarted) {
                    const note = "a job may have been started: the run was cancelled while Start was in flight";
                    rows.push({
                        items: files(outcome.request),
                        status: "UNKNOWN",
                        note: `(${note})`
                    });
                    entries.push({
                        items: files(outcome.request),
                        status: "UNKNOWN",
                        error: note
                    });
                    statuses.push("UNKNOWN");
                } else {
                    const error = outcome.error instanceof errors.D4 ? (0, aws_errors.Uc)(outcome.error.last) : "not started: the workflow run was cancelled";
                    rows.push({
                        items: files(outcome.request),
                        status: "NOT STARTED",
                        note: outcome.error instanceof errors.D4 ? `(${(0, aws_errors.Is)(outcome.error.last)})` : "(cancelled)"
                    });
                    entries.push({
                        items: files(outcome.request),
                        status: "NOT_STARTED",
                        error: error
                    });
                    statuses.push("NOT_STARTED");
                }
            }
            for (const job of foundJobs(state)) {
                rows.push({
                    ...followedRow(job),
                    note: "(found by skip-imported: not started by this step)"
                });
                entries.push(followedEntry(job));
                statuses.push(job.last?.status ?? "UNKNOWN");
            }
            return {
                rows: rows,
                entries: entries,
                statuses: statuses
            };
        }
        const foundJobs = state => (state.followed ?? []).filter(job => job.found);
        function skippedRows(state) {
            const followed = new Set(foundJobs(state).map(job => job.jobId));
            return [ ...state.skipped ?? [] ].filter(([, jobId]) => !followed.has(jobId)).map(([uri, jobId]) => ({
                items: [ uri ],
                status: `skipped (job ${jobId})`
            }));
        }
        function requestOutput(inputs, requests) {
            return JSON.stringify(inputs?.oneJobPerItem || requests.length === 0 ? requests : requests[0]);
        }
        function carriedVersion(error) {
            return error instanceof errors.zg && "version" in error ? error.version : void 0;
        }
        function notStartedStatus(state) {
            if (state.noFiles) return "NO_FILES";
            if (isDryRun(state.inputs) && state.requests) return "DRY_RUN";
            if (state.requests?.length === 0) return "SKIPPED";
            return "NOT_STARTED";
        }
        function startOutputs(state, statuses, entries, error) {
            const outputs = {};
            const version = state.version ?? carriedVersion(error);
            if (version) {
                outputs["version-created"] = String(version.created);
                if (version.arn) outputs["version-arn"] = version.arn;
            }
            if (state.items) outputs["items"] = JSON.stringify(state.items);
            if (state.skipped) outputs["skipped"] = JSON.stringify([ ...state.skipped.keys() ]);
            outputs["rejected"] = JSON.stringify(state.rejected ?? []);
            outputs["request"] = requestOutput(state.inputs, state.requests ?? []);
            const found = foundJobs(state);
            if (state.outcomes || found.length > 0) {
                const jobIds = (state.outcomes ?? []).flatMap(outcome => outcome.jobId ? [ outcome.jobId ] : []);
                if (jobIds[0]) outputs["job-id"] = jobIds[0];
                outputs["job-ids"] = JSON.stringify([ ...jobIds, ...found.map(job => job.jobId) ]);
                outputs["jobs"] = JSON.stringify(entries);
                outputs["status"] = overallStatus(statuses);
                if (state.followed) outputs["status-message"] = followOutputs(state.followed)["status-message"];
                return outputs;
            }
            const status = notStartedStatus(state);
            outputs["job-ids"] = "[]";
            outputs["jobs"] = JSON.stringify(status === "DRY_RUN" ? (state.requests ?? []).map(request => ({
                items: files(request),
                status: "DRY_RUN"
            })) : []);
            outputs["status"] = status;
            return outputs;
        }
        function validFacts(inputs, error) {
            const failed = new Set(error instanceof errors.dz ? error.problems.map(problem => problem.input) : []);
            const valid = (name, value) => value !== void 0 && value !== "" && !failed.has(name);
            return {
                ...valid("destination-name", inputs?.destinationName) && {
                    storeName: inputs.destinationName
                },
                ...valid("version-name", inputs?.versionName) && {
                    versionName: inputs.versionName
                },
                ...valid("region", inputs?.region) && {
                    region: inputs.region
                }
            };
        }
        function startResult(state, error) {
            const inputs = state.inputs;
            const ctx = stepContext(inputs);
            const {rows: rows, entries: entries, statuses: statuses} = startRows(state);
            const dryRun = isDryRun(inputs);
            const planned = dryRun && !state.outcomes ? (state.requests ?? []).map(request => ({
                items: files(request),
                status: "not started"
            })) : [];
            const cancelled = (state.outcomes ?? []).some(outcome => outcome.error instanceof errors.oM) ? "starting" : inputs?.wait === false ? "not waiting" : "waiting";
            const lines = error !== void 0 ? [ errorFailure(error, ctx) ] : [ ...notStartedLines(state.outcomes ?? [], ctx), ...followFailureLines(state.followed ?? [], inputs ?? {
                allowPartial: false,
                cancelOnTimeout: false
            }, ctx, cancelled) ];
            if (lines.length === 0 && state.cancelled) lines.push(cancelledAfterStartLine(state));
            const failure = lines.length > 0 ? lines.join("\n") : void 0;
            return {
                outputs: startOutputs(state, statuses, entries, error),
                warnings: followWarnings(state.followed ?? []),
                ...failure && {
                    failure: failure
                },
                summary: {
                    title: dryRun ? `Annotation import (dry run${inputs?.dryRun === "offline" ? ", offline" : ""})` : "Annotation import",
                    ...validFacts(inputs, error),
                    ...dryRun && {
                        dryRun: true
                    },
                    ...failure && {
                        failure: failure
                    },
                    notes: state.notes,
                    ...state.fileWarnings?.length && {
                        fileWarnings: state.fileWarnings
                    },
                    ...state.rejected?.length && {
                        rejected: state.rejected
                    },
                    jobs: [ ...rows, ...planned, ...skippedRows(state) ]
                }
            };
        }
        class GetAnnotationStoreCommand extends(command.u.classBuilder().ep(EndpointParameters.S).m(function(Command, cs, config, o) {
            return [ (0, submodules_endpoints.rD)(config, Command.getEndpointParameterInstructions()) ];
        }).s("Omics", "GetAnnotationStore", {}).n("OmicsClient", "GetAnnotationStoreCommand").sc(schemas_0.$n7).build()){}
        var file_verdicts = __nccwpck_require__(5858);
        function formatFindings(storeFormat, storeName, request, sources, filesChecked = false) {
            const errors = [];
            const warnings = [];
            const options = request.formatOptions ?? {};
            if ("vcfOptions" in options && storeFormat !== "VCF") errors.push({
                input: "format-options",
                message: `vcfOptions are for VCF stores, but ${storeName} is a ${storeFormat} store`
            });
            if ("tsvOptions" in options && storeFormat !== "TSV") errors.push({
                input: "format-options",
                message: `tsvOptions are for TSV stores, but ${storeName} is a ${storeFormat} store`
            });
            for (const source of filesChecked ? [] : sources) {
                const mismatch = (0, file_verdicts.Qm)(storeFormat, source);
                if (!mismatch) continue;
                const other = mismatch.other;
                if (other) errors.push({
                    input: "items",
                    message: `${source} looks like a ${other} file, but ${storeName} is a ${storeFormat} store`
                }); else warnings.push(`items: ${source} has an extension not usual for a ${storeFormat} store; importing it anyway`);
            }
            return {
                errors: errors,
                warnings: warnings
            };
        }
        const notActive = (what, status, message) => `${what} is ${status ?? "not ready"}, not ACTIVE${message ? `: ${message}` : ""}`;
        function storeFindings(store, request, sources, options, found) {
            const name = request.destinationName;
            if (store.status !== "ACTIVE") found.errors.push({
                input: "destination-name",
                message: notActive(`store ${name}`, store.status, store.statusMessage)
            });
            if (store.storeFormat) {
                const tsv = store.storeOptions && "tsvStoreOptions" in store.storeOptions ? store.storeOptions.tsvStoreOptions : void 0;
                found.store = {
                    format: store.storeFormat,
                    columns: [ ...new Set([ ...Object.values(tsv?.formatToHeader ?? {}), ...(tsv?.schema ?? []).flatMap(item => Object.keys(item)) ]) ]
                };
                const fit = formatFindings(store.storeFormat, name, request, sources, options.filesChecked);
                found.errors.push(...fit.errors);
                found.warnings.push(...fit.warnings);
                if (options.versionOptions && store.storeFormat !== "TSV") found.errors.push({
                    input: "version-options",
                    message: `tsvVersionOptions are for TSV stores, but ${name} is a ${store.storeFormat} store: leave version-options out`
                });
            }
        }
        async function checkStoreItself(omics, request, sources, region, found, signal, options = {}) {
            const name = request.destinationName;
            try {
                const store = await omics.send(new GetAnnotationStoreCommand({
                    name: name
                }), signal ? {
                    abortSignal: signal
                } : {});
                storeFindings(store, request, sources, options, found);
            } catch (error) {
                if (signal?.aborted) throw new errors.oM;
                if ((0, aws_errors.Is)(error) !== "ResourceNotFoundException") {
                    found.warnings.push(preflightWarning(error, "omics:GetAnnotationStore", `store ${name}`));
                    return true;
                }
                found.errors.push({
                    input: "destination-name",
                    message: `no annotation store named ${name} in ${region} (stores are regional: check region)`
                });
                return false;
            }
            return true;
        }
        async function checkVersion(omics, name, versionName, region, found, signal) {
            try {
                const version = await omics.send(new GetAnnotationStoreVersionCommand({
                    name: name,
                    versionName: versionName
                }), signal ? {
                    abortSignal: signal
                } : {});
                if (version.status !== "ACTIVE") found.errors.push({
                    input: "version-name",
                    message: notActive(`version ${versionName} of ${name}`, version.status, version.statusMessage)
                });
            } catch (error) {
                if (signal?.aborted) throw new errors.oM;
                if ((0, aws_errors.Is)(error) === "ResourceNotFoundException") found.errors.push({
                    input: "version-name",
                    message: `store ${name} has no version ${versionName} in ${region}`
                }); else found.warnings.push(preflightWarning(error, "omics:GetAnnotationStoreVersion", `version ${versionName}`));
            }
        }
        async function preflight(check) {
            const {omics: omics, request: request, sources: sources, region: region, signal: signal, options: options = {}} = check;
            const found = {
                errors: [],
                warnings: []
            };
            const exists = await checkStoreItself(omics, request, sources, region, found, signal, options);
            if (exists && request.versionName !== void 0 && !options.versionCreated) await checkVersion(omics, request.destinationName, request.versionName, region, found, signal);
            return found;
        }
        function preflightWarning(error, permission, what) {
            if ((0, aws_errors.Is)(error) === "AccessDeniedException") return `Preflight could not read ${what}: the credentials lack ${permission}. Starting the import without this check (grant ${permission} or set preflight: false).`;
            return `Preflight could not read ${what} (${failedRead(error)}); starting the import without this check.`;
        }
        function failedRead(error) {
            const response = error?.$response;
            const status = (0, aws_errors.PO)(error) ?? response?.statusCode;
            if (/Deserialization error/i.test((0, aws_errors.gJ)(error)) || (0, aws_errors.Is)(error) === "SyntaxError") {
                const first = (0, aws_errors.gJ)(error).split("\n")[0] ?? "";
                return `the answer${status ? ` (HTTP ${status})` : ""} is not valid JSON: ${first}`;
            }
            return status ? `HTTP ${status} ${(0, aws_errors.Uc)(error)}` : (0, aws_errors.Uc)(error);
        }
        async function checkStore(check, runtime) {
            const found = await preflight({
                ...check,
                signal: runtime.signal
            });
            found.warnings.forEach(warning => runtime.log.warning(warning));
            if (found.errors.length > 0) throw new errors.dz(found.errors.map(problem => ({
                ...problem,
                message: `${problem.message} (preflight)`
            })), "no job was started");
            return found.store;
        }
        var file_report = __nccwpck_require__(9971);
        async function quietNight(inputs, deps, state) {
            if (inputs.preflight) await storePhase(inputs, [], deps);
            state.noFiles = true;
            state.requests = [];
            if (inputs.skipImported) state.skipped = new Map;
            state.notes.push(`Nothing to import: no file matched the items (if-no-files-found: ${inputs.ifNoFilesFound})`);
        }
        function storePhase(inputs, uris, deps) {
            const shared = (0, request.rz)(inputs.base, uris, false)[0];
            const options = {
                versionCreated: inputs.createVersion,
                versionOptions: inputs.version?.versionOptions !== void 0,
                filesChecked: inputs.checkFiles
            };
            return checkStore({
                omics: deps.clients.omics,
                request: shared,
                sources: uris,
                region: inputs.region,
                options: options
            }, deps);
        }
        async function preflightPhase(inputs, resolved, deps, state) {
            const store = await storePhase(inputs, resolved.map(item => item.uri), deps);
            if (!inputs.checkFiles) return resolved;
            const {checkFiles: checkFiles} = await Promise.all([ __nccwpck_require__.e(783), __nccwpck_require__.e(896) ]).then(__nccwpck_require__.bind(__nccwpck_require__, 4896));
            const format = inputs.base.formatOptions;
            const readOptions = format && "tsvOptions" in format ? format.tsvOptions.readOptions : void 0;
            const expect = store && {
                storeFormat: store.format,
                infoFields: Object.values(inputs.base.annotationFields ?? {}),
                columns: store.columns,
                ...readOptions && {
                    readOptions: readOptions
                }
            };
            deps.log.info(`Checking ${(0, shared_text.LS)(resolved.length, "file")}: ${store ? "they exist, are not empty, and their headers fit the store" : "they exist and are not empty (the store could not be read, so headers are not checked)"}`);
            const report = await checkFiles(resolved, expect, deps);
            report.warnings.forEach(warning => deps.log.warning(warning));
            state.fileWarnings = report.verdicts.filter(verdict => verdict.level === "warn");
            const {kept: kept, rejected: rejected, error: error} = (0, file_report.wx)(resolved, report, inputs.badFiles, deps.log);
            state.rejected = rejected;
            if (error) throw error;
            state.notes.push(`Files checked: ${(0, shared_text.LS)(report.files, "file")} (${(0, 
            shared_text.LS)(report.requests, "S3 request")}, ${(0, shared_text.LS)(report.bytes, "byte")} read)${state.rejected?.length ? `; ${(0, 
            shared_text.LS)(state.rejected.length, "file")} left out (bad-files: skip)` : ""}`);
            return kept.map(item => {
                const lastModified = item.lastModified ?? report.modified.get(item.uri);
                return lastModified ? {
                    ...item,
                    lastModified: lastModified
                } : item;
            });
        }
        class StartAnnotationImportJobCommand extends(command.u.classBuilder().ep(EndpointParameters.S).m(function(Command, cs, config, o) {
            return [ (0, submodules_endpoints.rD)(config, Command.getEndpointParameterInstructions()) ];
        }).s("Omics", "StartAnnotationImportJob", {}).n("OmicsClient", "StartAnnotationImportJobCommand").sc(schemas_0.sUj).build()){}
        function sameSources(a, b) {
            if (a.length !== b.length) return false;
            const set = new Set(a);
            return b.every(source => set.has(source));
        }
        async function findStartedJob(omics, book, lookup, runtime) {
            const {request: request} = lookup;
            const history = await listJobs(omics, {
                storeName: request.destinationName,
                maxJobs: lookup.maxJobs
            }, runtime, "the look-up for the job a lost Start may have created", book.pace);
            const notBefore = lookup.notBefore();
            if (notBefore === void 0) throw new Error("the service's clock is unknown (its answers carried no Date header), so jobs created by this run cannot be told from older ones");
            const candidates = history.filter(job => !lookup.claimed.has(job.id) && job.roleArn === request.roleArn && (request.versionName === void 0 || job.versionName === request.versionName) && (job.creationTime?.getTime() ?? -1 / 0) >= notBefore);
            const sources = request.items.map(item => item.source);
            const details = await (0, shared_concurrency.s)(candidates, DETAILS_IN_FLIGHT, summary => book.detail(summary, runtime.signal));
            const matches = details.filter(job => sameSources(job.items.map(item => item.source), sources)).sort((a, b) => (a.creationTime?.getTime() ?? 0) - (b.creationTime?.getTime() ?? 0));
            const [first, ...others] = matches;
            if (first && others.length > 0) runtime.log.warning(`${matches.length} jobs created since this run's first try import the same files: taking the earliest, ${first.id}; ` + `also found ${others.map(job => job.id).join(", ")} (a concurrent run of the same import, or a second job): check them, and cancel any not wanted.`);
            return first?.id;
        }
        function checkedJobId(jobId) {
            if (jobId === void 0) throw new errors.Sz("no jobId");
            if (!isJobId(jobId)) throw new errors.Sz("a jobId that is not a job id");
            return jobId;
        }
        function startErrorKind(error) {
            if (error instanceof errors.Sz) return "ambiguous";
            const status = (0, aws_errors.PO)(error);
            if (status !== void 0 && status >= 200 && status < 300) return "ambiguous";
            return (0, aws_errors.f8)(error);
        }
        function lostAnswer(error) {
            if (error instanceof errors.Sz) return `Start answered, but ${error.message}`;
            const status = (0, aws_errors.PO)(error);
            if (status !== void 0 && status >= 200 && status < 300) return `Start answered ${status}, but its answer could not be read (${(0, 
            aws_errors.Is)(error)})`;
            if ((0, aws_errors.Is)(error) === "TimeoutError") return "Start got no answer within request-timeout";
            const code = (0, aws_errors.e8)(error);
            if (code) return `Start's connection failed before an answer came (${code})`;
            return `Start answered ${(0, aws_errors.Is)(error)}`;
        }
        const CREATION_TIME_RESOLUTION_MS = 1e3;
        async function startJob(request, policy, deps, run) {
            const attempts = {
                failures: 0,
                throttles: 0,
                waitingForSlot: false
            };
            for (;;) {
                if (deps.signal.aborted) throw new errors.oM;
                await deps.limiter.acquire(deps.signal);
                attempts.firstTry ??= deps.now();
                try {
                    const response = await deps.starter.send(new StartAnnotationImportJobCommand(request), {
                        abortSignal: deps.signal
                    });
                    deps.limiter.onSuccess();
                    const jobId = checkedJobId(response.jobId);
                    run.claimed.add(jobId);
                    return {
                        jobId: jobId,
                        recovered: false
                    };
                } catch (error) {
                    if (deps.signal.aborted) return await startedBeforeCancel(request, attempts, policy, deps, run, IN_FLIGHT);
                    const found = await afterFailure(error, request, attempts, policy, deps, run);
                    if (found) return {
                        jobId: found,
                        recovered: true
                    };
                }
            }
        }
        const CANCEL_LOOKUP_PAUSES_MS = [ 1e3, 2e3, 2e3 ];
        const IN_FLIGHT = [ "while a Start was in flight", "that was in flight at cancel" ];
        const LOST_ANSWER = [ "after a Start whose answer was lost", "whose answer was lost" ];
        async function startedBeforeCancel(request, attempts, policy, deps, run, why) {
            const budget = deps.cleanupSignal();
            deps.log.info(`Cancelled ${why[0]}: looking for the job it may have created`);
            for (const pause of CANCEL_LOOKUP_PAUSES_MS) try {
                await deps.sleep(pause, budget);
                const found = await findStartedJob(deps.omics, deps.book, lookupFor(request, attempts.firstTry ?? deps.now(), policy, deps, run), {
                    log: deps.log,
                    signal: budget
                });
                if (found) {
                    run.claimed.add(found);
                    deps.log.info(`Found job ${found}, started by the call ${why[1]}`);
                    return {
                        jobId: found,
                        recovered: true
                    };
                }
            } catch (error) {
                if (!budget.aborted) deps.log.debug(`Look-up after cancel failed: ${(0, aws_errors.Uc)(error)}`);
                break;
            }
            throw new errors.oM(true);
        }
        function lookupFor(request, firstTry, policy, deps, run) {
            return {
                request: request,
                claimed: run.claimed,
                maxJobs: policy.maxHistory,
                notBefore: () => {
                    const earliest = deps.serviceClock.earliestServiceTime(firstTry);
                    return earliest === void 0 ? void 0 : earliest - CREATION_TIME_RESOLUTION_MS;
                }
            };
        }
        async function afterFailure(error, request, attempts, policy, deps, run) {
            const kind = startErrorKind(error);
            const tries = attempts.failures + attempts.throttles + 1;
            if (kind === "throttle") {
                deps.limiter.onThrottle();
                if (++attempts.throttles >= policy.maxAttempts * 4) throw new errors.D4(error, tries);
                await deps.sleep((0, backoff.G1)(attempts.throttles, 100, 5e3, deps.random), deps.signal);
            } else if (kind === "quota") {
                if (deps.now() + policy.slotPauseMs > policy.slotDeadline) throw new errors.D4(error, tries);
                if (!attempts.waitingForSlot) deps.log.info(`No free import slot (concurrent import jobs quota); waiting for one, checking every ${Math.round(policy.slotPauseMs / 100) / 10}s until wait-timeout`);
                attempts.waitingForSlot = true;
                await deps.sleep((0, backoff.il)(policy.slotPauseMs, .2, deps.random), deps.signal);
            } else if (kind === "ambiguous") {
                const found = await afterLostAnswer(error, tries, request, attempts, policy, deps, run);
                if (found) return found;
                if (attempts.failures >= policy.maxAttempts) throw new errors.D4(error, tries);
            } else if (kind === "unsent") {
                if (++attempts.failures >= policy.maxAttempts) throw new errors.D4(error, tries);
                await deps.sleep((0, backoff.G1)(attempts.failures, 500, 2e4, deps.random), deps.signal);
            } else throw new errors.D4(error, tries);
            return;
        }
        async function afterLostAnswer(error, tries, request, attempts, policy, deps, run) {
            attempts.failures++;
            deps.log.warning(`${lostAnswer(error)}; checking whether the job was created before trying again`);
            const firstTry = attempts.firstTry ?? deps.now();
            try {
                await deps.sleep((0, backoff.G1)(attempts.failures, 500, 2e4, deps.random), deps.signal);
                return await lookForStartedJob(error, tries, request, firstTry, policy, deps, run);
            } catch (stopped) {
                if (!deps.signal.aborted) throw stopped;
                return (await startedBeforeCancel(request, attempts, policy, deps, run, LOST_ANSWER)).jobId;
            }
        }
        async function lookForStartedJob(error, tries, request, firstTry, policy, deps, run) {
            let found;
            try {
                found = await findStartedJob(deps.omics, deps.book, lookupFor(request, firstTry, policy, deps, run), deps);
            } catch (lookupError) {
                if (deps.signal.aborted) throw new errors.oM;
                throw new errors.D4(error, tries, `Could not check whether a job was created (ListAnnotationImportJobs / GetAnnotationImportJob: ${(0, 
                aws_errors.Uc)(lookupError)}); not trying again, so as not to import twice.`);
            }
            if (found) {
                run.claimed.add(found);
                deps.log.info(`Found job ${found}, started by this run's call whose answer was lost; not starting another`);
            }
            return found;
        }
        async function startAll(requests, concurrency, policy, deps, onStarted) {
            const run = {
                claimed: new Set
            };
            return (0, shared_concurrency.s)(requests, concurrency, async (request, index) => {
                let outcome;
                try {
                    outcome = {
                        request: request,
                        ...await startJob(request, policy, deps, run)
                    };
                } catch (error) {
                    if (!(error instanceof errors.D4 || error instanceof errors.oM)) throw error;
                    outcome = {
                        request: request,
                        error: error
                    };
                }
                onStarted(outcome, index);
                return outcome;
            });
        }
        const sources = request => request.items.map(item => item.source);
        function startRequests(requests, inputs, deps, book) {
            const policy = {
                maxAttempts: inputs.maxAttempts,
                slotDeadline: deps.now() + inputs.waitTimeoutMs,
                slotPauseMs: inputs.pollIntervalMs,
                maxHistory: inputs.maxHistory
            };
            const startDeps = {
                ...deps,
                starter: deps.clients.starter,
                get omics() {
                    return deps.clients.omics;
                },
                limiter: new backoff.NQ(deps.now, deps.sleep),
                book: book
            };
            const single = requests.length === 1;
            return startAll(requests, inputs.maxConcurrency, policy, startDeps, outcome => {
                if (!outcome.jobId) return;
                if (single) deps.earlyOutput("job-id", outcome.jobId);
                deps.log.info(`Started job ${outcome.jobId}${single ? "" : ` (${filesLabel(sources(outcome.request))})`}`);
            });
        }
        function startedJobs(outcomes) {
            return outcomes.flatMap(outcome => outcome.jobId ? [ {
                jobId: outcome.jobId,
                items: sources(outcome.request)
            } ] : []);
        }
        var wildcards = __nccwpck_require__(1487);
        const CACHE_FORMAT = 1;
        class UnreadableEntry extends Error {
            name="UnreadableEntry";
        }
        function cacheKeyPrefix(scope) {
            const version = scope.versionName === void 0 ? "*" : scope.versionName;
            const region = scope.region === void 0 ? "" : `${scope.region}-`;
            return `healthomics-import-history-v${CACHE_FORMAT}-${region}${scope.storeName}-${version}-`;
        }
        function runKey(env, now) {
            return `${env["GITHUB_RUN_ID"] || "local"}-${env["GITHUB_RUN_ATTEMPT"] || "1"}-${now}`;
        }
        function parseEntry(text, scope) {
            let entry;
            try {
                entry = JSON.parse(text);
            } catch {
                return "it is not valid JSON";
            }
            if (typeof entry !== "object" || entry === null) return "it is not an object";
            if (entry.format !== CACHE_FORMAT) return `its format is ${String(entry.format)}, not ${CACHE_FORMAT}`;
            if (entry.storeName !== scope.storeName) return `it is for store ${String(entry.storeName)}`;
            if (entry.versionName !== (scope.versionName ?? null)) return `it is for version ${String(entry.versionName)}`;
            if (typeof entry.jobs !== "object" || entry.jobs === null) return "it has no jobs";
            const jobs = new Map;
            for (const [id, job] of Object.entries(entry.jobs)) {
                const valid = typeof job === "object" && job !== null && typeof job.status === "string" && isTerminal(job.status) && typeof job.versionName === "string" && Array.isArray(job.items) && job.items.every(item => Array.isArray(item) && typeof item[0] === "string" && typeof item[1] === "string");
                if (!valid) return `job ${id} in it is malformed`;
                jobs.set(id, job);
            }
            return jobs;
        }
        class JobMemory {
            store;
            scope;
            log;
            remembered=new Map;
            fresh=new Map;
            recalled=new Set;
            hits=0;
            constructor(store, scope, log) {
                this.store = store;
                this.scope = scope;
                this.log = log;
            }
            async restore() {
                let text;
                try {
                    text = await this.store.restore(cacheKeyPrefix(this.scope));
                } catch (error) {
                    if (error instanceof UnreadableEntry) return this.log.info(`Import history cache: the entry was not used (${error.message}); reading every job's details.`);
                    return this.log.warning(`Import history cache: could not be restored (${(0, aws_errors.gJ)(error)}); reading every job's details.`);
                }
                if (text === void 0) return this.log.info("Import history cache: no entry yet; reading every job's details.");
                const parsed = parseEntry(text, this.scope);
                if (typeof parsed === "string") return this.log.info(`Import history cache: the entry was not used (${parsed}); reading every job's details.`);
                this.remembered = parsed;
                this.log.info(`Import history cache: ${this.remembered.size} finished jobs remembered`);
            }
            recall(summary) {
                const job = this.remembered.get(summary.id);
                if (!job || !isTerminal(summary.status) || job.status !== summary.status) return;
                if (job.versionName !== summary.versionName) return;
                this.hits++;
                this.recalled.add(summary.id);
                this.fresh.set(summary.id, job);
                return {
                    ...summary,
                    items: job.items.map(([source, jobStatus]) => ({
                        source: source,
                        jobStatus: jobStatus
                    }))
                };
            }
            learn(job) {
                this.recalled.delete(job.id);
                if (!isTerminal(job.status)) return;
                this.fresh.set(job.id, {
                    status: job.status,
                    versionName: job.versionName,
                    items: job.items.map(item => [ item.source, item.jobStatus ])
                });
            }
            wasRecalled(id) {
                return this.recalled.has(id);
            }
            agrees(job) {
                const remembered = this.remembered.get(job.id);
                if (!remembered) return false;
                const key = items => JSON.stringify([ ...items ].sort());
                return key(remembered.items) === key(job.items.map(item => [ item.source, item.jobStatus ]));
            }
            distrust(reason) {
                this.log.warning(`Import history cache: the entry is not used (${reason}); reading every job's details.`);
                const ids = [ ...this.recalled ];
                for (const id of ids) this.fresh.delete(id);
                this.recalled.clear();
                this.remembered.clear();
                this.hits = 0;
                return ids;
            }
            async save(history, runKey) {
                const jobs = {};
                for (const summary of history) {
                    const job = this.fresh.get(summary.id) ?? this.remembered.get(summary.id);
                    if (job && job.status === summary.status) jobs[summary.id] = job;
                }
                const entry = {
                    format: CACHE_FORMAT,
                    storeName: this.scope.storeName,
                    versionName: this.scope.versionName ?? null,
                    jobs: jobs
                };
                try {
                    const notSaved = await this.store.save(cacheKeyPrefix(this.scope) + runKey, JSON.stringify(entry));
                    this.log.info(typeof notSaved !== "string" ? `Import history cache: saved ${Object.keys(jobs).length} finished jobs` : `Import history cache: not saved (${notSaved})`);
                } catch (error) {
                    this.log.warning(`Import history cache: could not be saved (${(0, aws_errors.gJ)(error)}); the next run reads more.`);
                }
            }
        }
        const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
        const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
        const CALL_TIMEOUT_MS = 6e4;
        function cacheServiceAvailable(env) {
            if (!env["ACTIONS_RUNTIME_TOKEN"]) return false;
            const host = new URL(env["GITHUB_SERVER_URL"] || "https://github.com").hostname.toUpperCase();
            const ghes = host !== "GITHUB.COM" && !host.endsWith(".GHE.COM") && !host.endsWith(".LOCALHOST");
            const v2 = !!env["ACTIONS_CACHE_SERVICE_V2"] && !ghes;
            return v2 ? !!env["ACTIONS_RESULTS_URL"] : !!env["ACTIONS_CACHE_URL"];
        }
        function workerFile(base = import.meta.url, name = "history-cache/index.js") {
            return (0, external_node_url_namespaceObject.fileURLToPath)(new URL(name, base));
        }
        function historyCacheStore(env, enabled, signal, file = workerFile()) {
            if (!enabled || !cacheServiceAvailable(env)) return;
            return new WorkerCacheStore(file, CALL_TIMEOUT_MS, signal);
        }
        class WorkerCacheStore {
            file;
            timeoutMs;
            signal;
            worker;
            asked=0;
            constructor(file, timeoutMs, signal) {
                this.file = file;
                this.timeoutMs = timeoutMs;
                this.signal = signal;
            }
            async restore(keyPrefix) {
                const answer = await this.ask({
                    op: "restore",
                    prefix: keyPrefix
                });
                if (answer.kind === "hit") return answer.text;
                if (answer.kind === "miss") return;
                if (answer.kind === "unreadable") throw new UnreadableEntry(answer.reason);
                throw new Error(answer.kind === "failed" ? answer.reason : `unexpected answer ${answer.kind}`);
            }
            async save(key, text) {
                const answer = await this.ask({
                    op: "save",
                    key: key,
                    text: text
                });
                if (answer.kind === "saved") return;
                if (answer.kind === "not-saved") return answer.reason;
                throw new Error(answer.kind === "failed" ? answer.reason : `unexpected answer ${answer.kind}`);
            }
            ask(request) {
                const worker = this.start();
                const id = ++this.asked;
                return new Promise((resolve, reject) => {
                    const fail = error => {
                        this.stop();
                        settle(() => reject(error));
                    };
                    const onMessage = message => {
                        if (message.id === id) settle(() => resolve(message.answer));
                    };
                    const onError = error => fail(error);
                    const onExit = code => fail(new Error(`the cache worker stopped (exit code ${code})`));
                    const onAbort = () => fail(new Error("the run was cancelled"));
                    const timer = setTimeout(() => fail(new Error(`no answer from the cache service in ${this.timeoutMs / 1e3} s`)), this.timeoutMs);
                    const settle = then => {
                        clearTimeout(timer);
                        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
                        this.signal?.removeEventListener("abort", onAbort);
                        then();
                    };
                    if (this.signal?.aborted) return onAbort();
                    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
                    this.signal?.addEventListener("abort", onAbort, {
                        once: true
                    });
                    worker.postMessage({
                        id: id,
                        request: request
                    });
                });
            }
            start() {
                if (!this.worker) {
                    this.worker = new external_node_worker_threads_namespaceObject.Worker(this.file, {
                        env: quietEnv(process.env)
                    });
                    this.worker.unref();
                }
                return this.worker;
            }
            stop() {
                this.worker?.terminate();
                this.worker = void 0;
            }
        }
        function quietEnv(env) {
            const {DEBUG: _debug, AZURE_LOG_LEVEL: _azure, NODE_DEBUG: _node, ...rest} = env;
            return rest;
        }
        const LAST_LOOK_MS = 2e3;
        class StepDeadline {
            now;
            waitTimeoutMs;
            at;
            constructor(now, waitTimeoutMs) {
                this.now = now;
                this.waitTimeoutMs = waitTimeoutMs;
                this.at = now() + waitTimeoutMs;
            }
            left() {
                return Math.max(0, this.at - this.now());
            }
            forJobs() {
                return Math.max(this.left(), Math.min(this.waitTimeoutMs, LAST_LOOK_MS));
            }
        }
        function changedSince(lastModified, jobCreated) {
            if (!lastModified || !jobCreated) return false;
            return lastModified.getTime() > jobCreated.getTime();
        }
        function decideSkips(found, reimportChanged) {
            const decision = {
                skipped: new Map,
                reimported: [],
                changedSkipped: [],
                unfinished: []
            };
            const byJob = new Map;
            for (const past of found) {
                if (changedSince(past.lastModified, past.jobCreated)) {
                    if (reimportChanged) {
                        decision.reimported.push(past);
                        continue;
                    }
                    decision.changedSkipped.push(past);
                }
                decision.skipped.set(past.uri, past.jobId);
                if (isTerminal(past.jobStatus)) continue;
                const job = byJob.get(past.jobId);
                if (job) job.items.push(past.uri); else {
                    const entry = {
                        jobId: past.jobId,
                        status: past.jobStatus,
                        items: [ past.uri ]
                    };
                    byJob.set(past.jobId, entry);
                    decision.unfinished.push(entry);
                }
            }
            return decision;
        }
        const HEADS_IN_FLIGHT = 8;
        const VERIFY_AT_MOST = 20;
        function historyScope(inputs) {
            return {
                region: inputs.region,
                storeName: inputs.destinationName,
                ...inputs.versionName !== void 0 && {
                    versionName: inputs.versionName
                }
            };
        }
        async function skipImported(inputs, items, book, deps, runKey) {
            const options = {
                ...historyScope(inputs),
                maxJobs: inputs.maxHistory
            };
            await (book.memory?.restore());
            const history = await listJobs(deps.clients.omics, options, deps, "skip-imported", book.pace);
            const uris = items.map(item => item.uri);
            let imported = await importedItems(book, history, uris, options, deps);
            if (!await rememberedSkipsHold(book, history, imported, deps)) imported = await importedItems(book, history, uris, options, deps);
            await (book.memory?.save(history, runKey));
            const found = await pastImports(imported, history, items, book, deps);
            const decision = decideSkips(found, inputs.reimportChanged);
            const remembered = book.memory ? ` (${(0, shared_text.LS)(book.memory.hits, "job")} from the cache)` : "";
            const {skipped: skipped} = decision;
            deps.log.info(`Import history of ${inputs.destinationName}: ${(0, shared_text.LS)(history.length, "job")} read${remembered}; ${skipped.size > 0 ? `skipping ${(0, 
            shared_text.LS)(skipped.size, "item")} already imported (or importing)` : found.length > 0 ? "every item imported before has changed since" : "no item was imported before"}`);
            logDecision(decision, found, deps.log);
            return decision;
        }
        const at = date => date?.toISOString() ?? "unknown";
        function logDecision(decision, found, log) {
            const status = new Map(found.map(past => [ past.uri, past.jobStatus ]));
            const running = new Set(decision.unfinished.map(job => job.jobId));
            for (const past of decision.reimported) log.info(`Importing ${past.uri} again: its S3 object changed (LastModified ${at(past.lastModified)}) after job ${past.jobId} imported it (created ${at(past.jobCreated)})`);
            for (const past of decision.changedSkipped) log.warning(`${past.uri} changed (LastModified ${at(past.lastModified)}) after job ${past.jobId} imported it (created ${at(past.jobCreated)}); ` + "skipped, as reimport-changed: false asks. Set reimport-changed: true to import it again.");
            for (const [uri, jobId] of decision.skipped) log.info(`Skipping ${uri}: imported by job ${jobId}${running.has(jobId) ? ` (still ${status.get(uri)})` : ""}`);
        }
        async function pastImports(imported, history, items, book, deps) {
            const summaries = new Map(history.map(job => [ job.id, job ]));
            const byUri = new Map(items.map(item => [ item.uri, item ]));
            const found = await Promise.all([ ...imported ].map(async ([uri, jobId]) => {
                const summary = summaries.get(jobId);
                const detail = summary ? await book.detail(summary) : void 0;
                const lastModified = byUri.get(uri)?.lastModified;
                return {
                    uri: uri,
                    jobId: jobId,
                    jobStatus: detail?.status ?? summary?.status ?? "UNKNOWN",
                    ...summary?.creationTime && {
                        jobCreated: summary.creationTime
                    },
                    ...lastModified && {
                        lastModified: lastModified
                    }
                };
            }));
            await readLastModified(found.filter(past => past.jobCreated && !past.lastModified), deps);
            return found;
        }
        async function readLastModified(pending, deps) {
            if (pending.length === 0) return;
            let client;
            try {
                client = await deps.s3();
            } catch (error) {
                const files = pending.map(past => past.uri).join(", ");
                return deps.log.warning(`skip-imported: could not tell whether ${files} changed since the jobs that imported them (no S3 client: ${(0, 
                aws_errors.Uc)(error)}); skipped as imported.`);
            }
            const {HeadObjectCommand: HeadObjectCommand} = await Promise.all([ __nccwpck_require__.e(783), __nccwpck_require__.e(826), __nccwpck_require__.e(460), __nccwpck_require__.e(751) ]).then(__nccwpck_require__.bind(__nccwpck_require__, 2751));
            await (0, shared_concurrency.s)(pending, HEADS_IN_FLIGHT, async past => {
                const {bucket: bucket, key: key} = (0, wildcards.z7)(past.uri);
                try {
                    const head = await client.send(new HeadObjectCommand({
                        Bucket: bucket,
                        Key: key
                    }), {
                        abortSignal: deps.signal
                    });
                    if (head.LastModified) past.lastModified = head.LastModified;
                } catch (error) {
                    if (deps.signal.aborted) throw error;
                    deps.log.warning(`skip-imported: could not tell whether ${past.uri} changed since job ${past.jobId} imported it (HeadObject: ${(0, 
                    aws_errors.Uc)(error)}); skipped as imported. Reading it needs s3:GetObject.`);
                }
            });
        }
        async function rememberedSkipsHold(book, history, skipped, runtime) {
            const memory = book.memory;
            if (!memory) return true;
            const recalled = [ ...new Set(skipped.values()) ].filter(id => memory.wasRecalled(id));
            const sample = pick(recalled, VERIFY_AT_MOST, runtime.random);
            if (sample.length === 0) return true;
            const byId = new Map(history.map(job => [ job.id, job ]));
            const fresh = await (0, shared_concurrency.s)(sample, DETAILS_IN_FLIGHT, id => book.reread(byId.get(id)));
            const differs = fresh.find(job => !memory.agrees(job));
            if (!differs) {
                runtime.log.info(`Import history cache: ${(0, shared_text.LS)(sample.length, "remembered job")} behind the skips read again with Get: as remembered`);
                return true;
            }
            book.forget(memory.distrust(`it gives job ${differs.id} other files than GetAnnotationImportJob does`));
            return false;
        }
        function pick(items, count, random) {
            const copy = [ ...items ];
            for (let i = 0; i < Math.min(count, copy.length); i++) {
                const j = i + Math.floor(random() * (copy.length - i));
                [copy[i], copy[j]] = [ copy[j], copy[i] ];
            }
            return copy.slice(0, count);
        }
        function checkInputs(inputs, problems) {
            const base = (0, request.Rw)(inputs, problems);
            const version = checkVersionFields(inputs, problems);
            (0, request.Hx)(inputs.items, problems);
            const rank = problem => START_INPUT_ORDER.indexOf(problem.input);
            if (problems.length > 0) throw new errors.dz([ ...problems ].sort((a, b) => rank(a) - rank(b)));
            return {
                base: base,
                ...version && {
                    version: version
                }
            };
        }
        async function run(inputs, deps, state) {
            noEffectWarnings(inputs).forEach(warning => deps.log.warning(warning));
            if (inputs.dryRun === "offline") return await planOffline(inputs, state, deps.log);
            const deadline = new StepDeadline(deps.now, inputs.waitTimeoutMs);
            const matched = await (0, wildcards.Vi)(inputs.items, inputs.ifNoFilesFound, deps);
            state.items = matched.map(item => item.uri);
            if (matched.length === 0) return await quietNight(inputs, deps, state);
            const resolved = inputs.preflight ? await preflightPhase(inputs, matched, deps, state) : matched;
            state.items = resolved.map(item => item.uri);
            if (inputs.version) await versionPhase(inputs.version, {
                ...inputs,
                waitTimeoutMs: deadline.left()
            }, deps, state);
            const cache = inputs.skipImported ? historyCacheStore(process.env, inputs.historyCache, deps.signal) : void 0;
            const memory = cache && new JobMemory(cache, historyScope(inputs), deps.log);
            const book = new JobBook(() => deps.clients.omics, deps.signal, readPace(deps.now, deps.sleep), memory);
            const skips = inputs.skipImported ? await skipImported(inputs, resolved, book, deps, runKey(process.env, deps.now())) : void 0;
            state.skipped = skips?.skipped ?? new Map;
            if (skips?.reimported.length) state.notes.push(`${inputs.dryRun === "plan" ? "Would import again" : "Imported again"}, changed after their earlier import job: ${(0, 
            shared_text.LS)(skips.reimported.length, "file")}`);
            const found = inputs.wait ? skips?.unfinished ?? [] : [];
            const toStart = state.items.filter(uri => !state.skipped?.has(uri));
            state.requests = toStart.length > 0 ? (0, request.rz)(inputs.base, toStart, inputs.oneJobPerItem) : [];
            if (isDryRun(inputs)) return planRun(state.requests, found, deps.log);
            if (state.requests.length === 0 && found.length === 0) return deps.log.info("Nothing to import: every item already has an import job.");
            if (deps.signal.aborted) throw new errors.oM;
            if (state.requests.length > 0) {
                logPlan(state.requests, deps.log, startingLine(inputs, state.requests.length, toStart.length));
                state.outcomes = await startRequests(state.requests, {
                    ...inputs,
                    waitTimeoutMs: deadline.left()
                }, deps, book);
            }
            if (deps.signal.aborted) state.cancelled = true;
            await followPhase(inputs, found, deadline, deps, state);
        }
        async function followPhase(inputs, found, deadline, deps, state) {
            const jobs = [ ...startedJobs(state.outcomes ?? []), ...found.map(job => ({
                jobId: job.jobId,
                items: job.items,
                found: true
            })) ];
            if (jobs.length === 0 || !(inputs.wait || deps.signal.aborted && inputs.cancelOnTimeout)) return;
            if (found.length > 0) deps.log.info(`Following ${(0, shared_text.LS)(found.length, "job")} found still importing skipped items: ${found.map(job => `${job.jobId} (${job.status})`).join(", ")}`);
            const settings = {
                ...inputs,
                waitTimeoutMs: deadline.forJobs()
            };
            if (inputs.wait) await warnBeforeWait(settings, deps);
            state.followed = await followJobs(deps.clients.omics, jobs, settings, deps);
        }
        function planRun(requests, found, log) {
            if (found.length > 0) log.info(`Dry run: with wait: true, ${(0, shared_text.LS)(found.length, "job")} found still importing skipped items would be followed: ${found.map(job => job.jobId).join(", ")}`);
            logPlan(requests, log, "Dry run: every read-only check ran; nothing was started");
        }
        async function planOffline(inputs, state, log) {
            state.items = inputs.items.map(item => item.uri);
            state.requests = (0, request.rz)(inputs.base, state.items, inputs.oneJobPerItem);
            if (inputs.version) logVersionRequest(await withProvenance(inputs.version), log);
            logPlan(state.requests, log, "dry-run: offline: the inputs were checked and no AWS call was made (wildcards are not expanded)");
        }
        async function withProvenance(request) {
            return {
                ...request,
                tags: {
                    ...await provenanceTags(),
                    ...request.tags
                }
            };
        }
        async function versionPhase(request, inputs, deps, state) {
            const sent = await withProvenance(request);
            if (isDryRun(inputs)) {
                state.notes.push(`Dry run: ${await planVersion(deps.clients.omics, sent, deps)}`);
                return;
            }
            state.version = await ensureVersion(deps.clients.omics, sent, inputs, deps);
            state.notes.push(`Version ${state.version.versionName}: ${state.version.created ? "created by this run" : "already existed"} (${state.version.status})`);
        }
        function startingLine(inputs, jobs, items) {
            const version = inputs.versionName ? ` (version ${inputs.versionName})` : "";
            return `Starting ${(0, shared_text.LS)(jobs, "annotation import job")} into ${inputs.destinationName}${version} in ${inputs.region}: ${(0, 
            shared_text.LS)(items, "item")}`;
        }
        function logPlan(requests, log, head) {
            const many = requests.length > 1;
            log.group(many ? `Requests (${requests.length})` : "Request", requests.map(request => many ? JSON.stringify(request) : JSON.stringify(request, null, 2)));
            log.info(head);
        }
        const startStep = {
            newState: () => ({
                notes: []
            }),
            async read(getInput, state) {
                const read = await readStartInputs(getInput, process.env, () => __nccwpck_require__.e(815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19)));
                state.inputs = read.inputs;
                return {
                    ...read.inputs,
                    ...checkInputs(read.inputs, read.problems)
                };
            },
            run: run,
            result: startResult,
            loadS3: () => Promise.all([ __nccwpck_require__.e(783), __nccwpck_require__.e(826), __nccwpck_require__.e(460), __nccwpck_require__.e(751) ]).then(__nccwpck_require__.bind(__nccwpck_require__, 2751))
        };
    }),
    2613: (module => {
        module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");
    }),
    181: (module => {
        module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");
    }),
    4434: (module => {
        module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");
    }),
    9896: (module => {
        module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
    }),
    8611: (module => {
        module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");
    }),
    5692: (module => {
        module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");
    }),
    9278: (module => {
        module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");
    }),
    6698: (module => {
        module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");
    }),
    1421: (module => {
        module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
    }),
    7598: (module => {
        module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
    }),
    3024: (module => {
        module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
    }),
    1455: (module => {
        module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
    }),
    7067: (module => {
        module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
    }),
    8161: (module => {
        module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
    }),
    6760: (module => {
        module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
    }),
    7075: (module => {
        module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
    }),
    7975: (module => {
        module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
    }),
    8522: (module => {
        module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
    }),
    857: (module => {
        module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
    }),
    932: (module => {
        module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");
    }),
    4756: (module => {
        module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");
    }),
    7016: (module => {
        module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");
    }),
    2726: ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {
        __nccwpck_require__.d(__webpack_exports__, {
            Yz: () => core_debug,
            N4: () => endGroup,
            V4: () => getInput,
            pq: () => info,
            lm: () => notice,
            C1: () => setFailed,
            uH: () => setOutput,
            Pq: () => core_setSecret,
            Oh: () => startGroup,
            z: () => summary,
            $e: () => warning
        });
        var external_os_ = __nccwpck_require__(857);
        function utils_toCommandValue(input) {
            if (input === null || input === void 0) return ""; else if (typeof input === "string" || input instanceof String) return input;
            return JSON.stringify(input);
        }
        function toCommandProperties(annotationProperties) {
            if (!Object.keys(annotationProperties).length) return {};
            return {
                title: annotationProperties.title,
                file: annotationProperties.file,
                line: annotationProperties.startLine,
                endLine: annotationProperties.endLine,
                col: annotationProperties.startColumn,
                endColumn: annotationProperties.endColumn
            };
        }
        function command_issueCommand(command, properties, message) {
            const cmd = new Command(command, properties, message);
            process.stdout.write(cmd.toString() + external_os_.EOL);
        }
        function command_issue(name, message = "") {
            command_issueCommand(name, {}, message);
        }
        const CMD_STRING = "::";
        class Command {
            constructor(command, properties, message) {
                if (!command) command = "missing.command";
                this.command = command;
                this.properties = properties;
                this.message = message;
            }
            toString() {
                let cmdStr = CMD_STRING + this.command;
                if (this.properties && Object.keys(this.properties).length > 0) {
                    cmdStr += " ";
                    let first = true;
                    for (const key in this.properties) if (this.properties.hasOwnProperty(key)) {
                        const val = this.properties[key];
                        if (val) {
                            if (first) first = false; else cmdStr += ",";
                            cmdStr += `${key}=${escapeProperty(val)}`;
                        }
                    }
                }
                cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
                return cmdStr;
            }
        }
        function escapeData(s) {
            return utils_toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
        }
        function escapeProperty(s) {
            return utils_toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
        }
        const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
        var external_fs_ = __nccwpck_require__(9896);
        function file_command_issueFileCommand(command, message) {
            const filePath = process.env[`GITHUB_${command}`];
            if (!filePath) throw new Error(`Unable to find environment variable for file command ${command}`);
            if (!external_fs_.existsSync(filePath)) throw new Error(`Missing file at path: ${filePath}`);
            external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
                encoding: "utf8"
            });
        }
        function file_command_prepareKeyValueMessage(key, value) {
            const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
            const convertedValue = utils_toCommandValue(value);
            if (key.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
            if (convertedValue.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
            return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
        }
        __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
        void 0 && (void 0).__awaiter;
        var summary_awaiter = void 0 && (void 0).__awaiter || function(thisArg, _arguments, P, generator) {
            function adopt(value) {
                return value instanceof P ? value : new P(function(resolve) {
                    resolve(value);
                });
            }
            return new (P || (P = Promise))(function(resolve, reject) {
                function fulfilled(value) {
                    try {
                        step(generator.next(value));
                    } catch (e) {
                        reject(e);
                    }
                }
                function rejected(value) {
                    try {
                        step(generator["throw"](value));
                    } catch (e) {
                        reject(e);
                    }
                }
                function step(result) {
                    result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
                }
                step((generator = generator.apply(thisArg, _arguments || [])).next());
            });
        };
        const {access: access, appendFile: appendFile, writeFile: writeFile} = external_fs_.promises;
        const SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
        class Summary {
            constructor() {
                this._buffer = "";
            }
            filePath() {
                return summary_awaiter(this, void 0, void 0, function*() {
                    if (this._filePath) return this._filePath;
                    const pathFromEnv = process.env[SUMMARY_ENV_VAR];
                    if (!pathFromEnv) throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
                    try {
                        yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
                    } catch (_a) {
                        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
                    }
                    this._filePath = pathFromEnv;
                    return this._filePath;
                });
            }
            wrap(tag, content, attrs = {}) {
                const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
                if (!content) return `<${tag}${htmlAttrs}>`;
                return `<${tag}${htmlAttrs}>${content}</${tag}>`;
            }
            write(options) {
                return summary_awaiter(this, void 0, void 0, function*() {
                    const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
                    const filePath = yield this.filePath();
                    const writeFunc = overwrite ? writeFile : appendFile;
                    yield writeFunc(filePath, this._buffer, {
                        encoding: "utf8"
                    });
                    return this.emptyBuffer();
                });
            }
            clear() {
                return summary_awaiter(this, void 0, void 0, function*() {
                    return this.emptyBuffer().write({
                        overwrite: true
                    });
                });
            }
            stringify() {
                return this._buffer;
            }
            isEmptyBuffer() {
                return this._buffer.length === 0;
            }
            emptyBuffer() {
                this._buffer = "";
                return this;
            }
            addRaw(text, addEOL = false) {
                this._buffer += text;
                return addEOL ? this.addEOL() : this;
            }
            addEOL() {
                return this.addRaw(external_os_.EOL);
            }
            addCodeBlock(code, lang) {
                const attrs = Object.assign({}, lang && {
                    lang: lang
                });
                const element = this.wrap("pre", this.wrap("code", code), attrs);
                return this.addRaw(element).addEOL();
            }
            addList(items, ordered = false) {
                const tag = ordered ? "ol" : "ul";
                const listItems = items.map(item => this.wrap("li", item)).join("");
                const element = this.wrap(tag, listItems);
                return this.addRaw(element).addEOL();
            }
            addTable(rows) {
                const tableBody = rows.map(row => {
                    const cells = row.map(cell => {
                        if (typeof cell === "string") return this.wrap("td", cell);
                        const {header: header, data: data, colspan: colspan, rowspan: rowspan} = cell;
                        const tag = header ? "th" : "td";
                        const attrs = Object.assign(Object.assign({}, colspan && {
                            colspan: colspan
                        }), rowspan && {
                            rowspan: rowspan
                        });
                        return this.wrap(tag, data, attrs);
                    }).join("");
                    return this.wrap("tr", cells);
                }).join("");
                const element = this.wrap("table", tableBody);
                return this.addRaw(element).addEOL();
            }
            addDetails(label, content) {
                const element = this.wrap("details", this.wrap("summary", label) + content);
                return this.addRaw(element).addEOL();
            }
            addImage(src, alt, options) {
                const {width: width, height: height} = options || {};
                const attrs = Object.assign(Object.assign({}, width && {
                    width: width
                }), height && {
                    height: height
                });
                const element = this.wrap("img", null, Object.assign({
                    src: src,
                    alt: alt
                }, attrs));
                return this.addRaw(element).addEOL();
            }
            addHeading(text, level) {
                const tag = `h${level}`;
                const allowedTag = [ "h1", "h2", "h3", "h4", "h5", "h6" ].includes(tag) ? tag : "h1";
                const element = this.wrap(allowedTag, text);
                return this.addRaw(element).addEOL();
            }
            addSeparator() {
                const element = this.wrap("hr", null);
                return this.addRaw(element).addEOL();
            }
            addBreak() {
                const element = this.wrap("br", null);
                return this.addRaw(element).addEOL();
            }
            addQuote(text, cite) {
                const attrs = Object.assign({}, cite && {
                    cite: cite
                });
                const element = this.wrap("blockquote", text, attrs);
                return this.addRaw(element).addEOL();
            }
            addLink(text, href) {
                const element = this.wrap("a", text, {
                    href: href
                });
                return this.addRaw(element).addEOL();
            }
        }
        const _summary = new Summary;
        const summary = _summary;
        void 0 && (void 0).__awaiter;
        external_os_.platform();
        external_os_.arch();
        void 0 && (void 0).__awaiter;
        var ExitCode;
        (function(ExitCode) {
            ExitCode[ExitCode["Success"] = 0] = "Success";
            ExitCode[ExitCode["Failure"] = 1] = "Failure";
        })(ExitCode || (ExitCode = {}));
        function core_setSecret(secret) {
            command_issueCommand("add-mask", {}, secret);
        }
        function getInput(name, options) {
            const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
            if (options && options.required && !val) throw new Error(`Input required and not supplied: ${name}`);
            if (options && options.trimWhitespace === false) return val;
            return val.trim();
        }
        function setOutput(name, value) {
            const filePath = process.env["GITHUB_OUTPUT"] || "";
            if (filePath) return file_command_issueFileCommand("OUTPUT", file_command_prepareKeyValueMessage(name, value));
            process.stdout.write(external_os_.EOL);
            command_issueCommand("set-output", {
                name: name
            }, utils_toCommandValue(value));
        }
        function setFailed(message) {
            process.exitCode = ExitCode.Failure;
            error(message);
        }
        function core_debug(message) {
            command_issueCommand("debug", {}, message);
        }
        function error(message, properties = {}) {
            command_issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
        }
        function warning(message, properties = {}) {
            command_issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
        }
        function notice(message, properties = {}) {
            command_issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
        }
        function info(message) {
            process.stdout.write(message + external_os_.EOL);
        }
        function startGroup(name) {
            command_issue("group", name);
        }
        function endGroup() {
            command_issue("endgroup");
        }
    })
};

var __webpack_module_cache__ = {};

function __nccwpck_require__(moduleId) {
    var cachedModule = __webpack_module_cache__[moduleId];
    if (cachedModule !== void 0) return cachedModule.exports;
    var module = __webpack_module_cache__[moduleId] = {
        exports: {}
    };
    var threw = true;
    try {
        __webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
        threw = false;
    } finally {
        if (threw) delete __webpack_module_cache__[moduleId];
    }
    return module.exports;
}

__nccwpck_require__.m = __webpack_modules__;

if (typeof __nccwpck_require__ !== "undefined") __nccwpck_require__.ab = decodeURIComponent(new URL(".", import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";

(() => {
    var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
    var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
    var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
    var resolveQueue = queue => {
        if (queue && queue.d < 1) {
            queue.d = 1;
            queue.forEach(fn => fn.r--);
            queue.forEach(fn => fn.r-- ? fn.r++ : fn());
        }
    };
    var wrapDeps = deps => deps.map(dep => {
        if (dep !== null && typeof dep === "object") {
            if (dep[webpackQueues]) return dep;
            if (dep.then) {
                var queue = [];
                queue.d = 0;
                dep.then(r => {
                    obj[webpackExports] = r;
                    resolveQueue(queue);
                }, e => {
                    obj[webpackError] = e;
                    resolveQueue(queue);
                });
                var obj = {};
                obj[webpackQueues] = fn => fn(queue);
                return obj;
            }
        }
        var ret = {};
        ret[webpackQueues] = x => {};
        ret[webpackExports] = dep;
        return ret;
    });
    __nccwpck_require__.a = (module, body, hasAwait) => {
        var queue;
        hasAwait && ((queue = []).d = -1);
        var depQueues = new Set;
        var exports = module.exports;
        var currentDeps;
        var outerResolve;
        var reject;
        var promise = new Promise((resolve, rej) => {
            reject = rej;
            outerResolve = resolve;
        });
        promise[webpackExports] = exports;
        promise[webpackQueues] = fn => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
        module.exports = promise;
        body(deps => {
            currentDeps = wrapDeps(deps);
            var fn;
            var getResult = () => currentDeps.map(d => {
                if (d[webpackError]) throw d[webpackError];
                return d[webpackExports];
            });
            var promise = new Promise(resolve => {
                fn = () => resolve(getResult);
                fn.r = 0;
                var fnQueue = q => q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, 
                q.push(fn)));
                currentDeps.map(dep => dep[webpackQueues](fnQueue));
            });
            return fn.r ? promise : getResult();
        }, err => (err ? reject(promise[webpackError] = err) : outerResolve(exports), resolveQueue(queue)));
        queue && queue.d < 0 && (queue.d = 0);
    };
})();

(() => {
    __nccwpck_require__.n = module => {
        var getter = module && module.__esModule ? () => module["default"] : () => module;
        __nccwpck_require__.d(getter, {
            a: getter
        });
        return getter;
    };
})();

(() => {
    var getProto = Object.getPrototypeOf ? obj => Object.getPrototypeOf(obj) : obj => obj.__proto__;
    var leafPrototypes;
    __nccwpck_require__.t = function(value, mode) {
        if (mode & 1) value = this(value);
        if (mode & 8) return value;
        if (typeof value === "object" && value) {
            if (mode & 4 && value.__esModule) return value;
            if (mode & 16 && typeof value.then === "function") return value;
        }
        var ns = Object.create(null);
        __nccwpck_require__.r(ns);
        var def = {};
        leafPrototypes = leafPrototypes || [ null, getProto({}), getProto([]), getProto(getProto) ];
        for (var current = mode & 2 && value; typeof current == "object" && !~leafPrototypes.indexOf(current); current = getProto(current)) Object.getOwnPropertyNames(current).forEach(key => def[key] = () => value[key]);
        def["default"] = () => value;
        __nccwpck_require__.d(ns, def);
        return ns;
    };
})();

(() => {
    __nccwpck_require__.d = (exports, definition) => {
        for (var key in definition) if (__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) Object.defineProperty(exports, key, {
            enumerable: true,
            get: definition[key]
        });
    };
})();

(() => {
    __nccwpck_require__.f = {};
    __nccwpck_require__.e = chunkId => Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
        __nccwpck_require__.f[key](chunkId, promises);
        return promises;
    }, []));
})();

(() => {
    __nccwpck_require__.u = chunkId => chunkId + ".index.js";
})();

(() => {
    __nccwpck_require__.o = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop);
})();

(() => {
    __nccwpck_require__.r = exports => {
        if (typeof Symbol !== "undefined" && Symbol.toStringTag) Object.defineProperty(exports, Symbol.toStringTag, {
            value: "Module"
        });
        Object.defineProperty(exports, "__esModule", {
            value: true
        });
    };
})();

(() => {
    var installedChunks = {
        792: 0
    };
    var installChunk = data => {
        var {ids: ids, modules: modules, runtime: runtime} = data;
        var moduleId, chunkId, i = 0;
        for (moduleId in modules) if (__nccwpck_require__.o(modules, moduleId)) __nccwpck_require__.m[moduleId] = modules[moduleId];
        if (runtime) runtime(__nccwpck_require__);
        for (;i < ids.length; i++) {
            chunkId = ids[i];
            if (__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) installedChunks[chunkId][0]();
            installedChunks[ids[i]] = 0;
        }
    };
    __nccwpck_require__.f.j = (chunkId, promises) => {
        var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : void 0;
        if (installedChunkData !== 0) if (installedChunkData) promises.push(installedChunkData[1]); else if (true) {
            var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, e => {
                if (installedChunks[chunkId] !== 0) installedChunks[chunkId] = void 0;
                throw e;
            });
            promise = Promise.race([ promise, new Promise(resolve => installedChunkData = installedChunks[chunkId] = [ resolve ]) ]);
            promises.push(installedChunkData[1] = promise);
        }
    };
})();

var __webpack_exports__ = __nccwpck_require__(9407);

__webpack_exports__ = await __webpack_exports__;
