export const id = 751;
export const ids = [751];
export const modules = {

/***/ 2751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $Command: () => (/* reexport */ command/* Command */.u),
  AbacStatus$: () => (/* reexport */ schemas_0/* AbacStatus$ */.ELn),
  AbortIncompleteMultipartUpload$: () => (/* reexport */ schemas_0/* AbortIncompleteMultipartUpload$ */.aHy),
  AbortMultipartUpload$: () => (/* reexport */ schemas_0/* AbortMultipartUpload$ */.QU_),
  AbortMultipartUploadCommand: () => (/* reexport */ AbortMultipartUploadCommand),
  AbortMultipartUploadOutput$: () => (/* reexport */ schemas_0/* AbortMultipartUploadOutput$ */.h4k),
  AbortMultipartUploadRequest$: () => (/* reexport */ schemas_0/* AbortMultipartUploadRequest$ */.duQ),
  AccelerateConfiguration$: () => (/* reexport */ schemas_0/* AccelerateConfiguration$ */.ODd),
  AccessControlPolicy$: () => (/* reexport */ schemas_0/* AccessControlPolicy$ */.mz0),
  AccessControlTranslation$: () => (/* reexport */ schemas_0/* AccessControlTranslation$ */.Lz2),
  AccessDenied: () => (/* reexport */ errors/* AccessDenied */.Oy),
  AccessDenied$: () => (/* reexport */ schemas_0/* AccessDenied$ */.mGm),
  AnalyticsAndOperator$: () => (/* reexport */ schemas_0/* AnalyticsAndOperator$ */.CQ8),
  AnalyticsConfiguration$: () => (/* reexport */ schemas_0/* AnalyticsConfiguration$ */.py6),
  AnalyticsExportDestination$: () => (/* reexport */ schemas_0/* AnalyticsExportDestination$ */.XX1),
  AnalyticsFilter$: () => (/* reexport */ schemas_0/* AnalyticsFilter$ */.Pq2),
  AnalyticsS3BucketDestination$: () => (/* reexport */ schemas_0/* AnalyticsS3BucketDestination$ */.j_W),
  AnalyticsS3ExportFileFormat: () => (/* reexport */ AnalyticsS3ExportFileFormat),
  AnnotationConfigurationState: () => (/* reexport */ AnnotationConfigurationState),
  AnnotationDirective: () => (/* reexport */ AnnotationDirective),
  AnnotationEntry$: () => (/* reexport */ schemas_0/* AnnotationEntry$ */.U$V),
  AnnotationLimitExceeded: () => (/* reexport */ errors/* AnnotationLimitExceeded */.il),
  AnnotationLimitExceeded$: () => (/* reexport */ schemas_0/* AnnotationLimitExceeded$ */.sK$),
  AnnotationNameTooLong: () => (/* reexport */ errors/* AnnotationNameTooLong */.jH),
  AnnotationNameTooLong$: () => (/* reexport */ schemas_0/* AnnotationNameTooLong$ */.hdZ),
  AnnotationTableConfiguration$: () => (/* reexport */ schemas_0/* AnnotationTableConfiguration$ */.KTL),
  AnnotationTableConfigurationResult$: () => (/* reexport */ schemas_0/* AnnotationTableConfigurationResult$ */.hsd),
  AnnotationTableConfigurationUpdates$: () => (/* reexport */ schemas_0/* AnnotationTableConfigurationUpdates$ */.Mhd),
  ArchiveStatus: () => (/* reexport */ ArchiveStatus),
  BlockedEncryptionTypes$: () => (/* reexport */ schemas_0/* BlockedEncryptionTypes$ */.Tv5),
  Bucket$: () => (/* reexport */ schemas_0/* Bucket$ */.XFA),
  BucketAbacStatus: () => (/* reexport */ BucketAbacStatus),
  BucketAccelerateStatus: () => (/* reexport */ BucketAccelerateStatus),
  BucketAlreadyExists: () => (/* reexport */ errors/* BucketAlreadyExists */.NM),
  BucketAlreadyExists$: () => (/* reexport */ schemas_0/* BucketAlreadyExists$ */.h18),
  BucketAlreadyOwnedByYou: () => (/* reexport */ errors/* BucketAlreadyOwnedByYou */.gq),
  BucketAlreadyOwnedByYou$: () => (/* reexport */ schemas_0/* BucketAlreadyOwnedByYou$ */.Io4),
  BucketCannedACL: () => (/* reexport */ BucketCannedACL),
  BucketInfo$: () => (/* reexport */ schemas_0/* BucketInfo$ */.TlK),
  BucketLifecycleConfiguration$: () => (/* reexport */ schemas_0/* BucketLifecycleConfiguration$ */.rKm),
  BucketLocationConstraint: () => (/* reexport */ BucketLocationConstraint),
  BucketLoggingStatus$: () => (/* reexport */ schemas_0/* BucketLoggingStatus$ */.oOz),
  BucketLogsPermission: () => (/* reexport */ BucketLogsPermission),
  BucketNamespace: () => (/* reexport */ BucketNamespace),
  BucketType: () => (/* reexport */ BucketType),
  BucketVersioningStatus: () => (/* reexport */ BucketVersioningStatus),
  CORSConfiguration$: () => (/* reexport */ schemas_0/* CORSConfiguration$ */.iRN),
  CORSRule$: () => (/* reexport */ schemas_0/* CORSRule$ */.s6m),
  CSVInput$: () => (/* reexport */ schemas_0/* CSVInput$ */.lbf),
  CSVOutput$: () => (/* reexport */ schemas_0/* CSVOutput$ */.oS2),
  Checksum$: () => (/* reexport */ schemas_0/* Checksum$ */.EuQ),
  ChecksumAlgorithm: () => (/* reexport */ ChecksumAlgorithm),
  ChecksumMode: () => (/* reexport */ ChecksumMode),
  ChecksumType: () => (/* reexport */ ChecksumType),
  CommonPrefix$: () => (/* reexport */ schemas_0/* CommonPrefix$ */.UHR),
  CompleteMultipartUpload$: () => (/* reexport */ schemas_0/* CompleteMultipartUpload$ */.p4g),
  CompleteMultipartUploadCommand: () => (/* reexport */ CompleteMultipartUploadCommand),
  CompleteMultipartUploadOutput$: () => (/* reexport */ schemas_0/* CompleteMultipartUploadOutput$ */.EsV),
  CompleteMultipartUploadRequest$: () => (/* reexport */ schemas_0/* CompleteMultipartUploadRequest$ */.C6e),
  CompletedMultipartUpload$: () => (/* reexport */ schemas_0/* CompletedMultipartUpload$ */.$31),
  CompletedPart$: () => (/* reexport */ schemas_0/* CompletedPart$ */.n7k),
  CompressionType: () => (/* reexport */ CompressionType),
  Condition$: () => (/* reexport */ schemas_0/* Condition$ */.CTq),
  ContinuationEvent$: () => (/* reexport */ schemas_0/* ContinuationEvent$ */.cSN),
  CopyObject$: () => (/* reexport */ schemas_0/* CopyObject$ */.xmu),
  CopyObjectCommand: () => (/* reexport */ CopyObjectCommand),
  CopyObjectOutput$: () => (/* reexport */ schemas_0/* CopyObjectOutput$ */.Ayg),
  CopyObjectRequest$: () => (/* reexport */ schemas_0/* CopyObjectRequest$ */.Yj6),
  CopyObjectResult$: () => (/* reexport */ schemas_0/* CopyObjectResult$ */.c6I),
  CopyPartResult$: () => (/* reexport */ schemas_0/* CopyPartResult$ */.OQo),
  CreateBucket$: () => (/* reexport */ schemas_0/* CreateBucket$ */.lKK),
  CreateBucketCommand: () => (/* reexport */ CreateBucketCommand),
  CreateBucketConfiguration$: () => (/* reexport */ schemas_0/* CreateBucketConfiguration$ */.p_F),
  CreateBucketMetadataConfiguration$: () => (/* reexport */ schemas_0/* CreateBucketMetadataConfiguration$ */.YZR),
  CreateBucketMetadataConfigurationCommand: () => (/* reexport */ CreateBucketMetadataConfigurationCommand),
  CreateBucketMetadataConfigurationRequest$: () => (/* reexport */ schemas_0/* CreateBucketMetadataConfigurationRequest$ */.bQP),
  CreateBucketMetadataTableConfiguration$: () => (/* reexport */ schemas_0/* CreateBucketMetadataTableConfiguration$ */.IP2),
  CreateBucketMetadataTableConfigurationCommand: () => (/* reexport */ CreateBucketMetadataTableConfigurationCommand),
  CreateBucketMetadataTableConfigurationRequest$: () => (/* reexport */ schemas_0/* CreateBucketMetadataTableConfigurationRequest$ */.rCW),
  CreateBucketOutput$: () => (/* reexport */ schemas_0/* CreateBucketOutput$ */._dZ),
  CreateBucketRequest$: () => (/* reexport */ schemas_0/* CreateBucketRequest$ */.qww),
  CreateMultipartUpload$: () => (/* reexport */ schemas_0/* CreateMultipartUpload$ */.uP1),
  CreateMultipartUploadCommand: () => (/* reexport */ CreateMultipartUploadCommand),
  CreateMultipartUploadOutput$: () => (/* reexport */ schemas_0/* CreateMultipartUploadOutput$ */.Fk3),
  CreateMultipartUploadRequest$: () => (/* reexport */ schemas_0/* CreateMultipartUploadRequest$ */.vpB),
  CreateSession$: () => (/* reexport */ schemas_0/* CreateSession$ */.Nsl),
  CreateSessionCommand: () => (/* reexport */ CreateSessionCommand),
  CreateSessionOutput$: () => (/* reexport */ schemas_0/* CreateSessionOutput$ */.eZ2),
  CreateSessionRequest$: () => (/* reexport */ schemas_0/* CreateSessionRequest$ */.sBx),
  DataRedundancy: () => (/* reexport */ DataRedundancy),
  DefaultRetention$: () => (/* reexport */ schemas_0/* DefaultRetention$ */.gh5),
  Delete$: () => (/* reexport */ schemas_0/* Delete$ */.cYk),
  DeleteBucket$: () => (/* reexport */ schemas_0/* DeleteBucket$ */.CAp),
  DeleteBucketAnalyticsConfiguration$: () => (/* reexport */ schemas_0/* DeleteBucketAnalyticsConfiguration$ */.wwp),
  DeleteBucketAnalyticsConfigurationCommand: () => (/* reexport */ DeleteBucketAnalyticsConfigurationCommand),
  DeleteBucketAnalyticsConfigurationRequest$: () => (/* reexport */ schemas_0/* DeleteBucketAnalyticsConfigurationRequest$ */.jbd),
  DeleteBucketCommand: () => (/* reexport */ DeleteBucketCommand),
  DeleteBucketCors$: () => (/* reexport */ schemas_0/* DeleteBucketCors$ */.Bj8),
  DeleteBucketCorsCommand: () => (/* reexport */ DeleteBucketCorsCommand),
  DeleteBucketCorsRequest$: () => (/* reexport */ schemas_0/* DeleteBucketCorsRequest$ */._NT),
  DeleteBucketEncryption$: () => (/* reexport */ schemas_0/* DeleteBucketEncryption$ */.plt),
  DeleteBucketEncryptionCommand: () => (/* reexport */ DeleteBucketEncryptionCommand),
  DeleteBucketEncryptionRequest$: () => (/* reexport */ schemas_0/* DeleteBucketEncryptionRequest$ */.EO9),
  DeleteBucketIntelligentTieringConfiguration$: () => (/* reexport */ schemas_0/* DeleteBucketIntelligentTieringConfiguration$ */.D7j),
  DeleteBucketIntelligentTieringConfigurationCommand: () => (/* reexport */ DeleteBucketIntelligentTieringConfigurationCommand),
  DeleteBucketIntelligentTieringConfigurationRequest$: () => (/* reexport */ schemas_0/* DeleteBucketIntelligentTieringConfigurationRequest$ */.yOm),
  DeleteBucketInventoryConfiguration$: () => (/* reexport */ schemas_0/* DeleteBucketInventoryConfiguration$ */.cAw),
  DeleteBucketInventoryConfigurationCommand: () => (/* reexport */ DeleteBucketInventoryConfigurationCommand),
  DeleteBucketInventoryConfigurationRequest$: () => (/* reexport */ schemas_0/* DeleteBucketInventoryConfigurationRequest$ */.Ba_),
  DeleteBucketLifecycle$: () => (/* reexport */ schemas_0/* DeleteBucketLifecycle$ */.OMP),
  DeleteBucketLifecycleCommand: () => (/* reexport */ DeleteBucketLifecycleCommand),
  DeleteBucketLifecycleRequest$: () => (/* reexport */ schemas_0/* DeleteBucketLifecycleRequest$ */.Tup),
  DeleteBucketMetadataConfiguration$: () => (/* reexport */ schemas_0/* DeleteBucketMetadataConfiguration$ */.LMG),
  DeleteBucketMetadataConfigurationCommand: () => (/* reexport */ DeleteBucketMetadataConfigurationCommand),
  DeleteBucketMetadataConfigurationRequest$: () => (/* reexport */ schemas_0/* DeleteBucketMetadataConfigurationRequest$ */.QA8),
  DeleteBucketMetadataTableConfiguration$: () => (/* reexport */ schemas_0/* DeleteBucketMetadataTableConfiguration$ */.LtI),
  DeleteBucketMetadataTableConfigurationCommand: () => (/* reexport */ DeleteBucketMetadataTableConfigurationCommand),
  DeleteBucketMetadataTableConfigurationRequest$: () => (/* reexport */ schemas_0/* DeleteBucketMetadataTableConfigurationRequest$ */.ayW),
  DeleteBucketMetricsConfiguration$: () => (/* reexport */ schemas_0/* DeleteBucketMetricsConfiguration$ */.Npk),
  DeleteBucketMetricsConfigurationCommand: () => (/* reexport */ DeleteBucketMetricsConfigurationCommand),
  DeleteBucketMetricsConfigurationRequest$: () => (/* reexport */ schemas_0/* DeleteBucketMetricsConfigurationRequest$ */.Uys),
  DeleteBucketOwnershipControls$: () => (/* reexport */ schemas_0/* DeleteBucketOwnershipControls$ */.lcX),
  DeleteBucketOwnershipControlsCommand: () => (/* reexport */ DeleteBucketOwnershipControlsCommand),
  DeleteBucketOwnershipControlsRequest$: () => (/* reexport */ schemas_0/* DeleteBucketOwnershipControlsRequest$ */.sL3),
  DeleteBucketPolicy$: () => (/* reexport */ schemas_0/* DeleteBucketPolicy$ */.mHu),
  DeleteBucketPolicyCommand: () => (/* reexport */ DeleteBucketPolicyCommand),
  DeleteBucketPolicyRequest$: () => (/* reexport */ schemas_0/* DeleteBucketPolicyRequest$ */.ZMz),
  DeleteBucketReplication$: () => (/* reexport */ schemas_0/* DeleteBucketReplication$ */.iHA),
  DeleteBucketReplicationCommand: () => (/* reexport */ DeleteBucketReplicationCommand),
  DeleteBucketReplicationRequest$: () => (/* reexport */ schemas_0/* DeleteBucketReplicationRequest$ */.DTK),
  DeleteBucketRequest$: () => (/* reexport */ schemas_0/* DeleteBucketRequest$ */.fMP),
  DeleteBucketTagging$: () => (/* reexport */ schemas_0/* DeleteBucketTagging$ */.VQB),
  DeleteBucketTaggingCommand: () => (/* reexport */ DeleteBucketTaggingCommand),
  DeleteBucketTaggingRequest$: () => (/* reexport */ schemas_0/* DeleteBucketTaggingRequest$ */.Yhc),
  DeleteBucketWebsite$: () => (/* reexport */ schemas_0/* DeleteBucketWebsite$ */.l$q),
  DeleteBucketWebsiteCommand: () => (/* reexport */ DeleteBucketWebsiteCommand),
  DeleteBucketWebsiteRequest$: () => (/* reexport */ schemas_0/* DeleteBucketWebsiteRequest$ */.oYg),
  DeleteMarkerEntry$: () => (/* reexport */ schemas_0/* DeleteMarkerEntry$ */.y8m),
  DeleteMarkerReplication$: () => (/* reexport */ schemas_0/* DeleteMarkerReplication$ */.EAc),
  DeleteMarkerReplicationStatus: () => (/* reexport */ DeleteMarkerReplicationStatus),
  DeleteObject$: () => (/* reexport */ schemas_0/* DeleteObject$ */.$CM),
  DeleteObjectAnnotation$: () => (/* reexport */ schemas_0/* DeleteObjectAnnotation$ */.cjD),
  DeleteObjectAnnotationCommand: () => (/* reexport */ DeleteObjectAnnotationCommand),
  DeleteObjectAnnotationOutput$: () => (/* reexport */ schemas_0/* DeleteObjectAnnotationOutput$ */.L81),
  DeleteObjectAnnotationRequest$: () => (/* reexport */ schemas_0/* DeleteObjectAnnotationRequest$ */.Bng),
  DeleteObjectCommand: () => (/* reexport */ DeleteObjectCommand),
  DeleteObjectOutput$: () => (/* reexport */ schemas_0/* DeleteObjectOutput$ */.ywM),
  DeleteObjectRequest$: () => (/* reexport */ schemas_0/* DeleteObjectRequest$ */.UM2),
  DeleteObjectTagging$: () => (/* reexport */ schemas_0/* DeleteObjectTagging$ */.AB1),
  DeleteObjectTaggingCommand: () => (/* reexport */ DeleteObjectTaggingCommand),
  DeleteObjectTaggingOutput$: () => (/* reexport */ schemas_0/* DeleteObjectTaggingOutput$ */.dz_),
  DeleteObjectTaggingRequest$: () => (/* reexport */ schemas_0/* DeleteObjectTaggingRequest$ */.vic),
  DeleteObjects$: () => (/* reexport */ schemas_0/* DeleteObjects$ */.AuS),
  DeleteObjectsCommand: () => (/* reexport */ DeleteObjectsCommand),
  DeleteObjectsOutput$: () => (/* reexport */ schemas_0/* DeleteObjectsOutput$ */.xcw),
  DeleteObjectsRequest$: () => (/* reexport */ schemas_0/* DeleteObjectsRequest$ */.BIj),
  DeletePublicAccessBlock$: () => (/* reexport */ schemas_0/* DeletePublicAccessBlock$ */.W3c),
  DeletePublicAccessBlockCommand: () => (/* reexport */ DeletePublicAccessBlockCommand),
  DeletePublicAccessBlockRequest$: () => (/* reexport */ schemas_0/* DeletePublicAccessBlockRequest$ */.bLz),
  DeletedObject$: () => (/* reexport */ schemas_0/* DeletedObject$ */.l7q),
  Destination$: () => (/* reexport */ schemas_0/* Destination$ */.$fk),
  DestinationResult$: () => (/* reexport */ schemas_0/* DestinationResult$ */.atS),
  EncodingType: () => (/* reexport */ EncodingType),
  Encryption$: () => (/* reexport */ schemas_0/* Encryption$ */.y47),
  EncryptionConfiguration$: () => (/* reexport */ schemas_0/* EncryptionConfiguration$ */.YWT),
  EncryptionType: () => (/* reexport */ EncryptionType),
  EncryptionTypeMismatch: () => (/* reexport */ errors/* EncryptionTypeMismatch */.kD),
  EncryptionTypeMismatch$: () => (/* reexport */ schemas_0/* EncryptionTypeMismatch$ */.myk),
  EndEvent$: () => (/* reexport */ schemas_0/* EndEvent$ */.Wl_),
  ErrorDetails$: () => (/* reexport */ schemas_0/* ErrorDetails$ */.nez),
  ErrorDocument$: () => (/* reexport */ schemas_0/* ErrorDocument$ */.E9e),
  Event: () => (/* reexport */ Event),
  EventBridgeConfiguration$: () => (/* reexport */ schemas_0/* EventBridgeConfiguration$ */.OSi),
  EventHoldDuration$: () => (/* reexport */ schemas_0/* EventHoldDuration$ */.UGF),
  ExistingObjectReplication$: () => (/* reexport */ schemas_0/* ExistingObjectReplication$ */.FSO),
  ExistingObjectReplicationStatus: () => (/* reexport */ ExistingObjectReplicationStatus),
  ExpirationState: () => (/* reexport */ ExpirationState),
  ExpirationStatus: () => (/* reexport */ ExpirationStatus),
  ExpressionType: () => (/* reexport */ ExpressionType),
  FileHeaderInfo: () => (/* reexport */ FileHeaderInfo),
  FilterRule$: () => (/* reexport */ schemas_0/* FilterRule$ */.rUJ),
  FilterRuleName: () => (/* reexport */ FilterRuleName),
  GetBucketAbac$: () => (/* reexport */ schemas_0/* GetBucketAbac$ */.Gt0),
  GetBucketAbacCommand: () => (/* reexport */ GetBucketAbacCommand),
  GetBucketAbacOutput$: () => (/* reexport */ schemas_0/* GetBucketAbacOutput$ */.RSq),
  GetBucketAbacRequest$: () => (/* reexport */ schemas_0/* GetBucketAbacRequest$ */.Jox),
  GetBucketAccelerateConfiguration$: () => (/* reexport */ schemas_0/* GetBucketAccelerateConfiguration$ */.KBZ),
  GetBucketAccelerateConfigurationCommand: () => (/* reexport */ GetBucketAccelerateConfigurationCommand),
  GetBucketAccelerateConfigurationOutput$: () => (/* reexport */ schemas_0/* GetBucketAccelerateConfigurationOutput$ */.TRs),
  GetBucketAccelerateConfigurationRequest$: () => (/* reexport */ schemas_0/* GetBucketAccelerateConfigurationRequest$ */.DzY),
  GetBucketAcl$: () => (/* reexport */ schemas_0/* GetBucketAcl$ */.r1N),
  GetBucketAclCommand: () => (/* reexport */ GetBucketAclCommand),
  GetBucketAclOutput$: () => (/* reexport */ schemas_0/* GetBucketAclOutput$ */.UQf),
  GetBucketAclRequest$: () => (/* reexport */ schemas_0/* GetBucketAclRequest$ */.IX_),
  GetBucketAnalyticsConfiguration$: () => (/* reexport */ schemas_0/* GetBucketAnalyticsConfiguration$ */.r90),
  GetBucketAnalyticsConfigurationCommand: () => (/* reexport */ GetBucketAnalyticsConfigurationCommand),
  GetBucketAnalyticsConfigurationOutput$: () => (/* reexport */ schemas_0/* GetBucketAnalyticsConfigurationOutput$ */.UI),
  GetBucketAnalyticsConfigurationRequest$: () => (/* reexport */ schemas_0/* GetBucketAnalyticsConfigurationRequest$ */.EFQ),
  GetBucketCors$: () => (/* reexport */ schemas_0/* GetBucketCors$ */.MV3),
  GetBucketCorsCommand: () => (/* reexport */ GetBucketCorsCommand),
  GetBucketCorsOutput$: () => (/* reexport */ schemas_0/* GetBucketCorsOutput$ */.lxC),
  GetBucketCorsRequest$: () => (/* reexport */ schemas_0/* GetBucketCorsRequest$ */.VJG),
  GetBucketEncryption$: () => (/* reexport */ schemas_0/* GetBucketEncryption$ */.WSn),
  GetBucketEncryptionCommand: () => (/* reexport */ GetBucketEncryptionCommand),
  GetBucketEncryptionOutput$: () => (/* reexport */ schemas_0/* GetBucketEncryptionOutput$ */.HQM),
  GetBucketEncryptionRequest$: () => (/* reexport */ schemas_0/* GetBucketEncryptionRequest$ */.LMh),
  GetBucketIntelligentTieringConfiguration$: () => (/* reexport */ schemas_0/* GetBucketIntelligentTieringConfiguration$ */.qm9),
  GetBucketIntelligentTieringConfigurationCommand: () => (/* reexport */ GetBucketIntelligentTieringConfigurationCommand),
  GetBucketIntelligentTieringConfigurationOutput$: () => (/* reexport */ schemas_0/* GetBucketIntelligentTieringConfigurationOutput$ */.jE2),
  GetBucketIntelligentTieringConfigurationRequest$: () => (/* reexport */ schemas_0/* GetBucketIntelligentTieringConfigurationRequest$ */.tHJ),
  GetBucketInventoryConfiguration$: () => (/* reexport */ schemas_0/* GetBucketInventoryConfiguration$ */.LL3),
  GetBucketInventoryConfigurationCommand: () => (/* reexport */ GetBucketInventoryConfigurationCommand),
  GetBucketInventoryConfigurationOutput$: () => (/* reexport */ schemas_0/* GetBucketInventoryConfigurationOutput$ */.our),
  GetBucketInventoryConfigurationRequest$: () => (/* reexport */ schemas_0/* GetBucketInventoryConfigurationRequest$ */.Idb),
  GetBucketLifecycleConfiguration$: () => (/* reexport */ schemas_0/* GetBucketLifecycleConfiguration$ */.btu),
  GetBucketLifecycleConfigurationCommand: () => (/* reexport */ GetBucketLifecycleConfigurationCommand),
  GetBucketLifecycleConfigurationOutput$: () => (/* reexport */ schemas_0/* GetBucketLifecycleConfigurationOutput$ */.Cxh),
  GetBucketLifecycleConfigurationRequest$: () => (/* reexport */ schemas_0/* GetBucketLifecycleConfigurationRequest$ */.qgx),
  GetBucketLocation$: () => (/* reexport */ schemas_0/* GetBucketLocation$ */.AKE),
  GetBucketLocationCommand: () => (/* reexport */ GetBucketLocationCommand),
  GetBucketLocationOutput$: () => (/* reexport */ schemas_0/* GetBucketLocationOutput$ */.xYN),
  GetBucketLocationRequest$: () => (/* reexport */ schemas_0/* GetBucketLocationRequest$ */.JgJ),
  GetBucketLogging$: () => (/* reexport */ schemas_0/* GetBucketLogging$ */.eP2),
  GetBucketLoggingCommand: () => (/* reexport */ GetBucketLoggingCommand),
  GetBucketLoggingOutput$: () => (/* reexport */ schemas_0/* GetBucketLoggingOutput$ */.DvF),
  GetBucketLoggingRequest$: () => (/* reexport */ schemas_0/* GetBucketLoggingRequest$ */.jjb),
  GetBucketMetadataConfiguration$: () => (/* reexport */ schemas_0/* GetBucketMetadataConfiguration$ */.Kdy),
  GetBucketMetadataConfigurationCommand: () => (/* reexport */ GetBucketMetadataConfigurationCommand),
  GetBucketMetadataConfigurationOutput$: () => (/* reexport */ schemas_0/* GetBucketMetadataConfigurationOutput$ */.ZQz),
  GetBucketMetadataConfigurationRequest$: () => (/* reexport */ schemas_0/* GetBucketMetadataConfigurationRequest$ */.bRe),
  GetBucketMetadataConfigurationResult$: () => (/* reexport */ schemas_0/* GetBucketMetadataConfigurationResult$ */.jDm),
  GetBucketMetadataTableConfiguration$: () => (/* reexport */ schemas_0/* GetBucketMetadataTableConfiguration$ */.wMk),
  GetBucketMetadataTableConfigurationCommand: () => (/* reexport */ GetBucketMetadataTableConfigurationCommand),
  GetBucketMetadataTableConfigurationOutput$: () => (/* reexport */ schemas_0/* GetBucketMetadataTableConfigurationOutput$ */.xgj),
  GetBucketMetadataTableConfigurationRequest$: () => (/* reexport */ schemas_0/* GetBucketMetadataTableConfigurationRequest$ */.DZL),
  GetBucketMetadataTableConfigurationResult$: () => (/* reexport */ schemas_0/* GetBucketMetadataTableConfigurationResult$ */.tCC),
  GetBucketMetricsConfiguration$: () => (/* reexport */ schemas_0/* GetBucketMetricsConfiguration$ */.eEh),
  GetBucketMetricsConfigurationCommand: () => (/* reexport */ GetBucketMetricsConfigurationCommand),
  GetBucketMetricsConfigurationOutput$: () => (/* reexport */ schemas_0/* GetBucketMetricsConfigurationOutput$ */.ZV4),
  GetBucketMetricsConfigurationRequest$: () => (/* reexport */ schemas_0/* GetBucketMetricsConfigurationRequest$ */.Fp4),
  GetBucketNotificationConfiguration$: () => (/* reexport */ schemas_0/* GetBucketNotificationConfiguration$ */.SQT),
  GetBucketNotificationConfigurationCommand: () => (/* reexport */ GetBucketNotificationConfigurationCommand),
  GetBucketNotificationConfigurationRequest$: () => (/* reexport */ schemas_0/* GetBucketNotificationConfigurationRequest$ */.Rf1),
  GetBucketOwnershipControls$: () => (/* reexport */ schemas_0/* GetBucketOwnershipControls$ */.kh),
  GetBucketOwnershipControlsCommand: () => (/* reexport */ GetBucketOwnershipControlsCommand),
  GetBucketOwnershipControlsOutput$: () => (/* reexport */ schemas_0/* GetBucketOwnershipControlsOutput$ */.NFR),
  GetBucketOwnershipControlsRequest$: () => (/* reexport */ schemas_0/* GetBucketOwnershipControlsRequest$ */.p9S),
  GetBucketPolicy$: () => (/* reexport */ schemas_0/* GetBucketPolicy$ */.dyb),
  GetBucketPolicyCommand: () => (/* reexport */ GetBucketPolicyCommand),
  GetBucketPolicyOutput$: () => (/* reexport */ schemas_0/* GetBucketPolicyOutput$ */.uR3),
  GetBucketPolicyRequest$: () => (/* reexport */ schemas_0/* GetBucketPolicyRequest$ */.sRb),
  GetBucketPolicyStatus$: () => (/* reexport */ schemas_0/* GetBucketPolicyStatus$ */.rwb),
  GetBucketPolicyStatusCommand: () => (/* reexport */ GetBucketPolicyStatusCommand),
  GetBucketPolicyStatusOutput$: () => (/* reexport */ schemas_0/* GetBucketPolicyStatusOutput$ */._On),
  GetBucketPolicyStatusRequest$: () => (/* reexport */ schemas_0/* GetBucketPolicyStatusRequest$ */.qpp),
  GetBucketReplication$: () => (/* reexport */ schemas_0/* GetBucketReplication$ */.nC),
  GetBucketReplicationCommand: () => (/* reexport */ GetBucketReplicationCommand),
  GetBucketReplicationOutput$: () => (/* reexport */ schemas_0/* GetBucketReplicationOutput$ */.KGy),
  GetBucketReplicationRequest$: () => (/* reexport */ schemas_0/* GetBucketReplicationRequest$ */.ahO),
  GetBucketRequestPayment$: () => (/* reexport */ schemas_0/* GetBucketRequestPayment$ */.MXg),
  GetBucketRequestPaymentCommand: () => (/* reexport */ GetBucketRequestPaymentCommand),
  GetBucketRequestPaymentOutput$: () => (/* reexport */ schemas_0/* GetBucketRequestPaymentOutput$ */.p$U),
  GetBucketRequestPaymentRequest$: () => (/* reexport */ schemas_0/* GetBucketRequestPaymentRequest$ */.fOz),
  GetBucketTagging$: () => (/* reexport */ schemas_0/* GetBucketTagging$ */.E3U),
  GetBucketTaggingCommand: () => (/* reexport */ GetBucketTaggingCommand),
  GetBucketTaggingOutput$: () => (/* reexport */ schemas_0/* GetBucketTaggingOutput$ */.lBI),
  GetBucketTaggingRequest$: () => (/* reexport */ schemas_0/* GetBucketTaggingRequest$ */.reZ),
  GetBucketVersioning$: () => (/* reexport */ schemas_0/* GetBucketVersioning$ */.fSX),
  GetBucketVersioningCommand: () => (/* reexport */ GetBucketVersioningCommand),
  GetBucketVersioningOutput$: () => (/* reexport */ schemas_0/* GetBucketVersioningOutput$ */.MPH),
  GetBucketVersioningRequest$: () => (/* reexport */ schemas_0/* GetBucketVersioningRequest$ */.mrt),
  GetBucketWebsite$: () => (/* reexport */ schemas_0/* GetBucketWebsite$ */.e3C),
  GetBucketWebsiteCommand: () => (/* reexport */ GetBucketWebsiteCommand),
  GetBucketWebsiteOutput$: () => (/* reexport */ schemas_0/* GetBucketWebsiteOutput$ */.PvS),
  GetBucketWebsiteRequest$: () => (/* reexport */ schemas_0/* GetBucketWebsiteRequest$ */.ho6),
  GetObject$: () => (/* reexport */ schemas_0/* GetObject$ */.iKp),
  GetObjectAcl$: () => (/* reexport */ schemas_0/* GetObjectAcl$ */.gPv),
  GetObjectAclCommand: () => (/* reexport */ GetObjectAclCommand),
  GetObjectAclOutput$: () => (/* reexport */ schemas_0/* GetObjectAclOutput$ */.l9y),
  GetObjectAclRequest$: () => (/* reexport */ schemas_0/* GetObjectAclRequest$ */.tlG),
  GetObjectAnnotation$: () => (/* reexport */ schemas_0/* GetObjectAnnotation$ */.Dy1),
  GetObjectAnnotationCommand: () => (/* reexport */ GetObjectAnnotationCommand),
  GetObjectAnnotationOutput$: () => (/* reexport */ schemas_0/* GetObjectAnnotationOutput$ */.eCY),
  GetObjectAnnotationRequest$: () => (/* reexport */ schemas_0/* GetObjectAnnotationRequest$ */.Mkx),
  GetObjectAttributes$: () => (/* reexport */ schemas_0/* GetObjectAttributes$ */.Z5o),
  GetObjectAttributesCommand: () => (/* reexport */ GetObjectAttributesCommand),
  GetObjectAttributesOutput$: () => (/* reexport */ schemas_0/* GetObjectAttributesOutput$ */.KcL),
  GetObjectAttributesParts$: () => (/* reexport */ schemas_0/* GetObjectAttributesParts$ */.ji7),
  GetObjectAttributesRequest$: () => (/* reexport */ schemas_0/* GetObjectAttributesRequest$ */.KlA),
  GetObjectCommand: () => (/* reexport */ GetObjectCommand/* GetObjectCommand */.j),
  GetObjectLegalHold$: () => (/* reexport */ schemas_0/* GetObjectLegalHold$ */.EHS),
  GetObjectLegalHoldCommand: () => (/* reexport */ GetObjectLegalHoldCommand),
  GetObjectLegalHoldOutput$: () => (/* reexport */ schemas_0/* GetObjectLegalHoldOutput$ */.lXi),
  GetObjectLegalHoldRequest$: () => (/* reexport */ schemas_0/* GetObjectLegalHoldRequest$ */.XY8),
  GetObjectLockConfiguration$: () => (/* reexport */ schemas_0/* GetObjectLockConfiguration$ */.v3g),
  GetObjectLockConfigurationCommand: () => (/* reexport */ GetObjectLockConfigurationCommand),
  GetObjectLockConfigurationOutput$: () => (/* reexport */ schemas_0/* GetObjectLockConfigurationOutput$ */.u5w),
  GetObjectLockConfigurationRequest$: () => (/* reexport */ schemas_0/* GetObjectLockConfigurationRequest$ */.Qn3),
  GetObjectOutput$: () => (/* reexport */ schemas_0/* GetObjectOutput$ */.D0N),
  GetObjectRequest$: () => (/* reexport */ schemas_0/* GetObjectRequest$ */.Nh2),
  GetObjectRetention$: () => (/* reexport */ schemas_0/* GetObjectRetention$ */.Ae9),
  GetObjectRetentionCommand: () => (/* reexport */ GetObjectRetentionCommand),
  GetObjectRetentionOutput$: () => (/* reexport */ schemas_0/* GetObjectRetentionOutput$ */.f9M),
  GetObjectRetentionRequest$: () => (/* reexport */ schemas_0/* GetObjectRetentionRequest$ */.NaV),
  GetObjectTagging$: () => (/* reexport */ schemas_0/* GetObjectTagging$ */.Z4s),
  GetObjectTaggingCommand: () => (/* reexport */ GetObjectTaggingCommand),
  GetObjectTaggingOutput$: () => (/* reexport */ schemas_0/* GetObjectTaggingOutput$ */.cor),
  GetObjectTaggingRequest$: () => (/* reexport */ schemas_0/* GetObjectTaggingRequest$ */.Yde),
  GetObjectTorrent$: () => (/* reexport */ schemas_0/* GetObjectTorrent$ */.GXC),
  GetObjectTorrentCommand: () => (/* reexport */ GetObjectTorrentCommand),
  GetObjectTorrentOutput$: () => (/* reexport */ schemas_0/* GetObjectTorrentOutput$ */.bD5),
  GetObjectTorrentRequest$: () => (/* reexport */ schemas_0/* GetObjectTorrentRequest$ */.pUs),
  GetPublicAccessBlock$: () => (/* reexport */ schemas_0/* GetPublicAccessBlock$ */.ri8),
  GetPublicAccessBlockCommand: () => (/* reexport */ GetPublicAccessBlockCommand),
  GetPublicAccessBlockOutput$: () => (/* reexport */ schemas_0/* GetPublicAccessBlockOutput$ */.y4o),
  GetPublicAccessBlockRequest$: () => (/* reexport */ schemas_0/* GetPublicAccessBlockRequest$ */.iPq),
  GlacierJobParameters$: () => (/* reexport */ schemas_0/* GlacierJobParameters$ */.fiQ),
  Grant$: () => (/* reexport */ schemas_0/* Grant$ */.FZ7),
  Grantee$: () => (/* reexport */ schemas_0/* Grantee$ */.Fs1),
  HeadBucket$: () => (/* reexport */ schemas_0/* HeadBucket$ */.NDZ),
  HeadBucketCommand: () => (/* reexport */ HeadBucketCommand),
  HeadBucketOutput$: () => (/* reexport */ schemas_0/* HeadBucketOutput$ */.KiX),
  HeadBucketRequest$: () => (/* reexport */ schemas_0/* HeadBucketRequest$ */.aFu),
  HeadObject$: () => (/* reexport */ schemas_0/* HeadObject$ */.QdX),
  HeadObjectCommand: () => (/* reexport */ HeadObjectCommand/* HeadObjectCommand */.l),
  HeadObjectOutput$: () => (/* reexport */ schemas_0/* HeadObjectOutput$ */.zir),
  HeadObjectRequest$: () => (/* reexport */ schemas_0/* HeadObjectRequest$ */.j69),
  IdempotencyParameterMismatch: () => (/* reexport */ errors/* IdempotencyParameterMismatch */.n9),
  IdempotencyParameterMismatch$: () => (/* reexport */ schemas_0/* IdempotencyParameterMismatch$ */.FX5),
  IndexDocument$: () => (/* reexport */ schemas_0/* IndexDocument$ */.YK4),
  Initiator$: () => (/* reexport */ schemas_0/* Initiator$ */.wmy),
  InputSerialization$: () => (/* reexport */ schemas_0/* InputSerialization$ */.zOQ),
  IntelligentTieringAccessTier: () => (/* reexport */ IntelligentTieringAccessTier),
  IntelligentTieringAndOperator$: () => (/* reexport */ schemas_0/* IntelligentTieringAndOperator$ */.DzP),
  IntelligentTieringConfiguration$: () => (/* reexport */ schemas_0/* IntelligentTieringConfiguration$ */.YX8),
  IntelligentTieringFilter$: () => (/* reexport */ schemas_0/* IntelligentTieringFilter$ */.E5D),
  IntelligentTieringStatus: () => (/* reexport */ IntelligentTieringStatus),
  InvalidAnnotationName: () => (/* reexport */ errors/* InvalidAnnotationName */.Cz),
  InvalidAnnotationName$: () => (/* reexport */ schemas_0/* InvalidAnnotationName$ */.uLY),
  InvalidObjectState: () => (/* reexport */ errors/* InvalidObjectState */.Af),
  InvalidObjectState$: () => (/* reexport */ schemas_0/* InvalidObjectState$ */.Oof),
  InvalidPrefix: () => (/* reexport */ errors/* InvalidPrefix */.aE),
  InvalidPrefix$: () => (/* reexport */ schemas_0/* InvalidPrefix$ */.E3u),
  InvalidRequest: () => (/* reexport */ errors/* InvalidRequest */.zh),
  InvalidRequest$: () => (/* reexport */ schemas_0/* InvalidRequest$ */.XAw),
  InvalidWriteOffset: () => (/* reexport */ errors/* InvalidWriteOffset */.gH),
  InvalidWriteOffset$: () => (/* reexport */ schemas_0/* InvalidWriteOffset$ */.sTS),
  InventoryConfiguration$: () => (/* reexport */ schemas_0/* InventoryConfiguration$ */.L9x),
  InventoryConfigurationState: () => (/* reexport */ InventoryConfigurationState),
  InventoryDestination$: () => (/* reexport */ schemas_0/* InventoryDestination$ */.dzH),
  InventoryEncryption$: () => (/* reexport */ schemas_0/* InventoryEncryption$ */.OL_),
  InventoryFilter$: () => (/* reexport */ schemas_0/* InventoryFilter$ */.f4Z),
  InventoryFormat: () => (/* reexport */ InventoryFormat),
  InventoryFrequency: () => (/* reexport */ InventoryFrequency),
  InventoryIncludedObjectVersions: () => (/* reexport */ InventoryIncludedObjectVersions),
  InventoryOptionalField: () => (/* reexport */ InventoryOptionalField),
  InventoryS3BucketDestination$: () => (/* reexport */ schemas_0/* InventoryS3BucketDestination$ */.h$i),
  InventorySchedule$: () => (/* reexport */ schemas_0/* InventorySchedule$ */.Sfm),
  InventoryTableConfiguration$: () => (/* reexport */ schemas_0/* InventoryTableConfiguration$ */.d9u),
  InventoryTableConfigurationResult$: () => (/* reexport */ schemas_0/* InventoryTableConfigurationResult$ */.yim),
  InventoryTableConfigurationUpdates$: () => (/* reexport */ schemas_0/* InventoryTableConfigurationUpdates$ */.F75),
  JSONInput$: () => (/* reexport */ schemas_0/* JSONInput$ */.n4z),
  JSONOutput$: () => (/* reexport */ schemas_0/* JSONOutput$ */.wwU),
  JSONType: () => (/* reexport */ JSONType),
  JournalTableConfiguration$: () => (/* reexport */ schemas_0/* JournalTableConfiguration$ */.GBS),
  JournalTableConfigurationResult$: () => (/* reexport */ schemas_0/* JournalTableConfigurationResult$ */.Nke),
  JournalTableConfigurationUpdates$: () => (/* reexport */ schemas_0/* JournalTableConfigurationUpdates$ */.yeG),
  LambdaFunctionConfiguration$: () => (/* reexport */ schemas_0/* LambdaFunctionConfiguration$ */.GGf),
  LifecycleExpiration$: () => (/* reexport */ schemas_0/* LifecycleExpiration$ */.IaD),
  LifecycleRule$: () => (/* reexport */ schemas_0/* LifecycleRule$ */.Jp9),
  LifecycleRuleAndOperator$: () => (/* reexport */ schemas_0/* LifecycleRuleAndOperator$ */.oq3),
  LifecycleRuleFilter$: () => (/* reexport */ schemas_0/* LifecycleRuleFilter$ */.N8r),
  ListBucketAnalyticsConfigurations$: () => (/* reexport */ schemas_0/* ListBucketAnalyticsConfigurations$ */.qb7),
  ListBucketAnalyticsConfigurationsCommand: () => (/* reexport */ ListBucketAnalyticsConfigurationsCommand),
  ListBucketAnalyticsConfigurationsOutput$: () => (/* reexport */ schemas_0/* ListBucketAnalyticsConfigurationsOutput$ */.x0D),
  ListBucketAnalyticsConfigurationsRequest$: () => (/* reexport */ schemas_0/* ListBucketAnalyticsConfigurationsRequest$ */.$9C),
  ListBucketIntelligentTieringConfigurations$: () => (/* reexport */ schemas_0/* ListBucketIntelligentTieringConfigurations$ */.P32),
  ListBucketIntelligentTieringConfigurationsCommand: () => (/* reexport */ ListBucketIntelligentTieringConfigurationsCommand),
  ListBucketIntelligentTieringConfigurationsOutput$: () => (/* reexport */ schemas_0/* ListBucketIntelligentTieringConfigurationsOutput$ */.mps),
  ListBucketIntelligentTieringConfigurationsRequest$: () => (/* reexport */ schemas_0/* ListBucketIntelligentTieringConfigurationsRequest$ */.YJm),
  ListBucketInventoryConfigurations$: () => (/* reexport */ schemas_0/* ListBucketInventoryConfigurations$ */.ujL),
  ListBucketInventoryConfigurationsCommand: () => (/* reexport */ ListBucketInventoryConfigurationsCommand),
  ListBucketInventoryConfigurationsOutput$: () => (/* reexport */ schemas_0/* ListBucketInventoryConfigurationsOutput$ */.LXt),
  ListBucketInventoryConfigurationsRequest$: () => (/* reexport */ schemas_0/* ListBucketInventoryConfigurationsRequest$ */.n7f),
  ListBucketMetricsConfigurations$: () => (/* reexport */ schemas_0/* ListBucketMetricsConfigurations$ */.lmR),
  ListBucketMetricsConfigurationsCommand: () => (/* reexport */ ListBucketMetricsConfigurationsCommand),
  ListBucketMetricsConfigurationsOutput$: () => (/* reexport */ schemas_0/* ListBucketMetricsConfigurationsOutput$ */.KtO),
  ListBucketMetricsConfigurationsRequest$: () => (/* reexport */ schemas_0/* ListBucketMetricsConfigurationsRequest$ */.aw1),
  ListBuckets$: () => (/* reexport */ schemas_0/* ListBuckets$ */._8h),
  ListBucketsCommand: () => (/* reexport */ ListBucketsCommand),
  ListBucketsOutput$: () => (/* reexport */ schemas_0/* ListBucketsOutput$ */.RLW),
  ListBucketsRequest$: () => (/* reexport */ schemas_0/* ListBucketsRequest$ */.vaV),
  ListDirectoryBuckets$: () => (/* reexport */ schemas_0/* ListDirectoryBuckets$ */.dAN),
  ListDirectoryBucketsCommand: () => (/* reexport */ ListDirectoryBucketsCommand),
  ListDirectoryBucketsOutput$: () => (/* reexport */ schemas_0/* ListDirectoryBucketsOutput$ */.UkB),
  ListDirectoryBucketsRequest$: () => (/* reexport */ schemas_0/* ListDirectoryBucketsRequest$ */.uw),
  ListMultipartUploads$: () => (/* reexport */ schemas_0/* ListMultipartUploads$ */.RgL),
  ListMultipartUploadsCommand: () => (/* reexport */ ListMultipartUploadsCommand),
  ListMultipartUploadsOutput$: () => (/* reexport */ schemas_0/* ListMultipartUploadsOutput$ */.E6E),
  ListMultipartUploadsRequest$: () => (/* reexport */ schemas_0/* ListMultipartUploadsRequest$ */.Uh8),
  ListObjectAnnotations$: () => (/* reexport */ schemas_0/* ListObjectAnnotations$ */.imu),
  ListObjectAnnotationsCommand: () => (/* reexport */ ListObjectAnnotationsCommand),
  ListObjectAnnotationsOutput$: () => (/* reexport */ schemas_0/* ListObjectAnnotationsOutput$ */.xLQ),
  ListObjectAnnotationsRequest$: () => (/* reexport */ schemas_0/* ListObjectAnnotationsRequest$ */.hFg),
  ListObjectVersions$: () => (/* reexport */ schemas_0/* ListObjectVersions$ */.L$x),
  ListObjectVersionsCommand: () => (/* reexport */ ListObjectVersionsCommand),
  ListObjectVersionsOutput$: () => (/* reexport */ schemas_0/* ListObjectVersionsOutput$ */.wgQ),
  ListObjectVersionsRequest$: () => (/* reexport */ schemas_0/* ListObjectVersionsRequest$ */.KMJ),
  ListObjects$: () => (/* reexport */ schemas_0/* ListObjects$ */.h_9),
  ListObjectsCommand: () => (/* reexport */ ListObjectsCommand),
  ListObjectsOutput$: () => (/* reexport */ schemas_0/* ListObjectsOutput$ */.uVC),
  ListObjectsRequest$: () => (/* reexport */ schemas_0/* ListObjectsRequest$ */.S4E),
  ListObjectsV2$: () => (/* reexport */ schemas_0/* ListObjectsV2$ */.FWN),
  ListObjectsV2Command: () => (/* reexport */ ListObjectsV2Command),
  ListObjectsV2Output$: () => (/* reexport */ schemas_0/* ListObjectsV2Output$ */.OJi),
  ListObjectsV2Request$: () => (/* reexport */ schemas_0/* ListObjectsV2Request$ */.wJU),
  ListParts$: () => (/* reexport */ schemas_0/* ListParts$ */.xrC),
  ListPartsCommand: () => (/* reexport */ ListPartsCommand),
  ListPartsOutput$: () => (/* reexport */ schemas_0/* ListPartsOutput$ */.Gs8),
  ListPartsRequest$: () => (/* reexport */ schemas_0/* ListPartsRequest$ */._fx),
  LocationInfo$: () => (/* reexport */ schemas_0/* LocationInfo$ */._nn),
  LocationType: () => (/* reexport */ LocationType),
  LoggingEnabled$: () => (/* reexport */ schemas_0/* LoggingEnabled$ */.Jgb),
  MFADelete: () => (/* reexport */ MFADelete),
  MFADeleteStatus: () => (/* reexport */ MFADeleteStatus),
  MetadataConfiguration$: () => (/* reexport */ schemas_0/* MetadataConfiguration$ */.iv9),
  MetadataConfigurationResult$: () => (/* reexport */ schemas_0/* MetadataConfigurationResult$ */.flS),
  MetadataDirective: () => (/* reexport */ MetadataDirective),
  MetadataEntry$: () => (/* reexport */ schemas_0/* MetadataEntry$ */.InL),
  MetadataTableConfiguration$: () => (/* reexport */ schemas_0/* MetadataTableConfiguration$ */.itx),
  MetadataTableConfigurationResult$: () => (/* reexport */ schemas_0/* MetadataTableConfigurationResult$ */.Zuf),
  MetadataTableEncryptionConfiguration$: () => (/* reexport */ schemas_0/* MetadataTableEncryptionConfiguration$ */.PQs),
  Metrics$: () => (/* reexport */ schemas_0/* Metrics$ */.gcx),
  MetricsAndOperator$: () => (/* reexport */ schemas_0/* MetricsAndOperator$ */.t47),
  MetricsConfiguration$: () => (/* reexport */ schemas_0/* MetricsConfiguration$ */.amD),
  MetricsFilter$: () => (/* reexport */ schemas_0/* MetricsFilter$ */.MT$),
  MetricsStatus: () => (/* reexport */ MetricsStatus),
  MultipartUpload$: () => (/* reexport */ schemas_0/* MultipartUpload$ */.uv$),
  NoSuchAnnotation: () => (/* reexport */ errors/* NoSuchAnnotation */.S4),
  NoSuchAnnotation$: () => (/* reexport */ schemas_0/* NoSuchAnnotation$ */.mMm),
  NoSuchBucket: () => (/* reexport */ errors/* NoSuchBucket */.TQ),
  NoSuchBucket$: () => (/* reexport */ schemas_0/* NoSuchBucket$ */.Pjc),
  NoSuchKey: () => (/* reexport */ errors/* NoSuchKey */._k),
  NoSuchKey$: () => (/* reexport */ schemas_0/* NoSuchKey$ */.sZs),
  NoSuchUpload: () => (/* reexport */ errors/* NoSuchUpload */.U7),
  NoSuchUpload$: () => (/* reexport */ schemas_0/* NoSuchUpload$ */.agu),
  NoncurrentVersionExpiration$: () => (/* reexport */ schemas_0/* NoncurrentVersionExpiration$ */.Kxq),
  NoncurrentVersionTransition$: () => (/* reexport */ schemas_0/* NoncurrentVersionTransition$ */.u2C),
  NotFound: () => (/* reexport */ errors/* NotFound */.Mk),
  NotFound$: () => (/* reexport */ schemas_0/* NotFound$ */.U_K),
  NotificationConfiguration$: () => (/* reexport */ schemas_0/* NotificationConfiguration$ */.MlI),
  NotificationConfigurationFilter$: () => (/* reexport */ schemas_0/* NotificationConfigurationFilter$ */._rb),
  ObjectAlreadyInActiveTierError: () => (/* reexport */ errors/* ObjectAlreadyInActiveTierError */.pN),
  ObjectAlreadyInActiveTierError$: () => (/* reexport */ schemas_0/* ObjectAlreadyInActiveTierError$ */.$3V),
  ObjectAttributes: () => (/* reexport */ ObjectAttributes),
  ObjectCannedACL: () => (/* reexport */ ObjectCannedACL),
  ObjectEncryption$: () => (/* reexport */ schemas_0/* ObjectEncryption$ */.fbO),
  ObjectIdentifier$: () => (/* reexport */ schemas_0/* ObjectIdentifier$ */.hLG),
  ObjectLockConfiguration$: () => (/* reexport */ schemas_0/* ObjectLockConfiguration$ */.PAD),
  ObjectLockEnabled: () => (/* reexport */ ObjectLockEnabled),
  ObjectLockEventHold: () => (/* reexport */ ObjectLockEventHold),
  ObjectLockLegalHold$: () => (/* reexport */ schemas_0/* ObjectLockLegalHold$ */.BEA),
  ObjectLockLegalHoldStatus: () => (/* reexport */ ObjectLockLegalHoldStatus),
  ObjectLockMode: () => (/* reexport */ ObjectLockMode),
  ObjectLockRetention$: () => (/* reexport */ schemas_0/* ObjectLockRetention$ */.$mq),
  ObjectLockRetentionMode: () => (/* reexport */ ObjectLockRetentionMode),
  ObjectLockRule$: () => (/* reexport */ schemas_0/* ObjectLockRule$ */.F4l),
  ObjectNotInActiveTierError: () => (/* reexport */ errors/* ObjectNotInActiveTierError */.Cw),
  ObjectNotInActiveTierError$: () => (/* reexport */ schemas_0/* ObjectNotInActiveTierError$ */.g9N),
  ObjectOwnership: () => (/* reexport */ ObjectOwnership),
  ObjectPart$: () => (/* reexport */ schemas_0/* ObjectPart$ */.j9m),
  ObjectStorageClass: () => (/* reexport */ ObjectStorageClass),
  ObjectVersion$: () => (/* reexport */ schemas_0/* ObjectVersion$ */.wYe),
  ObjectVersionStorageClass: () => (/* reexport */ ObjectVersionStorageClass),
  OptionalObjectAttributes: () => (/* reexport */ OptionalObjectAttributes),
  OutputLocation$: () => (/* reexport */ schemas_0/* OutputLocation$ */.ZcA),
  OutputSerialization$: () => (/* reexport */ schemas_0/* OutputSerialization$ */.m83),
  Owner$: () => (/* reexport */ schemas_0/* Owner$ */.KkM),
  OwnerOverride: () => (/* reexport */ OwnerOverride),
  OwnershipControls$: () => (/* reexport */ schemas_0/* OwnershipControls$ */.Wg1),
  OwnershipControlsRule$: () => (/* reexport */ schemas_0/* OwnershipControlsRule$ */.Aag),
  ParquetInput$: () => (/* reexport */ schemas_0/* ParquetInput$ */.rMg),
  Part$: () => (/* reexport */ schemas_0/* Part$ */.Mxe),
  PartitionDateSource: () => (/* reexport */ PartitionDateSource),
  PartitionedPrefix$: () => (/* reexport */ schemas_0/* PartitionedPrefix$ */.mkZ),
  Payer: () => (/* reexport */ Payer),
  Permission: () => (/* reexport */ Permission),
  PolicyStatus$: () => (/* reexport */ schemas_0/* PolicyStatus$ */.R3E),
  Progress$: () => (/* reexport */ schemas_0/* Progress$ */.M6$),
  ProgressEvent$: () => (/* reexport */ schemas_0/* ProgressEvent$ */.yDP),
  Protocol: () => (/* reexport */ Protocol),
  PublicAccessBlockConfiguration$: () => (/* reexport */ schemas_0/* PublicAccessBlockConfiguration$ */.T9S),
  PutBucketAbac$: () => (/* reexport */ schemas_0/* PutBucketAbac$ */.fb$),
  PutBucketAbacCommand: () => (/* reexport */ PutBucketAbacCommand),
  PutBucketAbacRequest$: () => (/* reexport */ schemas_0/* PutBucketAbacRequest$ */.qs2),
  PutBucketAccelerateConfiguration$: () => (/* reexport */ schemas_0/* PutBucketAccelerateConfiguration$ */.xvJ),
  PutBucketAccelerateConfigurationCommand: () => (/* reexport */ PutBucketAccelerateConfigurationCommand),
  PutBucketAccelerateConfigurationRequest$: () => (/* reexport */ schemas_0/* PutBucketAccelerateConfigurationRequest$ */.kG4),
  PutBucketAcl$: () => (/* reexport */ schemas_0/* PutBucketAcl$ */.wJt),
  PutBucketAclCommand: () => (/* reexport */ PutBucketAclCommand),
  PutBucketAclRequest$: () => (/* reexport */ schemas_0/* PutBucketAclRequest$ */.J5n),
  PutBucketAnalyticsConfiguration$: () => (/* reexport */ schemas_0/* PutBucketAnalyticsConfiguration$ */.kcC),
  PutBucketAnalyticsConfigurationCommand: () => (/* reexport */ PutBucketAnalyticsConfigurationCommand),
  PutBucketAnalyticsConfigurationRequest$: () => (/* reexport */ schemas_0/* PutBucketAnalyticsConfigurationRequest$ */.Hdu),
  PutBucketCors$: () => (/* reexport */ schemas_0/* PutBucketCors$ */.hXg),
  PutBucketCorsCommand: () => (/* reexport */ PutBucketCorsCommand),
  PutBucketCorsRequest$: () => (/* reexport */ schemas_0/* PutBucketCorsRequest$ */.qJW),
  PutBucketEncryption$: () => (/* reexport */ schemas_0/* PutBucketEncryption$ */.$8t),
  PutBucketEncryptionCommand: () => (/* reexport */ PutBucketEncryptionCommand),
  PutBucketEncryptionRequest$: () => (/* reexport */ schemas_0/* PutBucketEncryptionRequest$ */.O$W),
  PutBucketIntelligentTieringConfiguration$: () => (/* reexport */ schemas_0/* PutBucketIntelligentTieringConfiguration$ */.JiJ),
  PutBucketIntelligentTieringConfigurationCommand: () => (/* reexport */ PutBucketIntelligentTieringConfigurationCommand),
  PutBucketIntelligentTieringConfigurationRequest$: () => (/* reexport */ schemas_0/* PutBucketIntelligentTieringConfigurationRequest$ */.Suu),
  PutBucketInventoryConfiguration$: () => (/* reexport */ schemas_0/* PutBucketInventoryConfiguration$ */.uDw),
  PutBucketInventoryConfigurationCommand: () => (/* reexport */ PutBucketInventoryConfigurationCommand),
  PutBucketInventoryConfigurationRequest$: () => (/* reexport */ schemas_0/* PutBucketInventoryConfigurationRequest$ */.NGx),
  PutBucketLifecycleConfiguration$: () => (/* reexport */ schemas_0/* PutBucketLifecycleConfiguration$ */.Q4n),
  PutBucketLifecycleConfigurationCommand: () => (/* reexport */ PutBucketLifecycleConfigurationCommand),
  PutBucketLifecycleConfigurationOutput$: () => (/* reexport */ schemas_0/* PutBucketLifecycleConfigurationOutput$ */.LXx),
  PutBucketLifecycleConfigurationRequest$: () => (/* reexport */ schemas_0/* PutBucketLifecycleConfigurationRequest$ */.Tln),
  PutBucketLogging$: () => (/* reexport */ schemas_0/* PutBucketLogging$ */.NH9),
  PutBucketLoggingCommand: () => (/* reexport */ PutBucketLoggingCommand),
  PutBucketLoggingRequest$: () => (/* reexport */ schemas_0/* PutBucketLoggingRequest$ */.Ya1),
  PutBucketMetricsConfiguration$: () => (/* reexport */ schemas_0/* PutBucketMetricsConfiguration$ */.bkH),
  PutBucketMetricsConfigurationCommand: () => (/* reexport */ PutBucketMetricsConfigurationCommand),
  PutBucketMetricsConfigurationRequest$: () => (/* reexport */ schemas_0/* PutBucketMetricsConfigurationRequest$ */.owm),
  PutBucketNotificationConfiguration$: () => (/* reexport */ schemas_0/* PutBucketNotificationConfiguration$ */.Z8Y),
  PutBucketNotificationConfigurationCommand: () => (/* reexport */ PutBucketNotificationConfigurationCommand),
  PutBucketNotificationConfigurationRequest$: () => (/* reexport */ schemas_0/* PutBucketNotificationConfigurationRequest$ */.o1A),
  PutBucketOwnershipControls$: () => (/* reexport */ schemas_0/* PutBucketOwnershipControls$ */.jJ5),
  PutBucketOwnershipControlsCommand: () => (/* reexport */ PutBucketOwnershipControlsCommand),
  PutBucketOwnershipControlsRequest$: () => (/* reexport */ schemas_0/* PutBucketOwnershipControlsRequest$ */.Ciu),
  PutBucketPolicy$: () => (/* reexport */ schemas_0/* PutBucketPolicy$ */.UKx),
  PutBucketPolicyCommand: () => (/* reexport */ PutBucketPolicyCommand),
  PutBucketPolicyRequest$: () => (/* reexport */ schemas_0/* PutBucketPolicyRequest$ */.lmo),
  PutBucketReplication$: () => (/* reexport */ schemas_0/* PutBucketReplication$ */._TW),
  PutBucketReplicationCommand: () => (/* reexport */ PutBucketReplicationCommand),
  PutBucketReplicationRequest$: () => (/* reexport */ schemas_0/* PutBucketReplicationRequest$ */.D$f),
  PutBucketRequestPayment$: () => (/* reexport */ schemas_0/* PutBucketRequestPayment$ */.d1B),
  PutBucketRequestPaymentCommand: () => (/* reexport */ PutBucketRequestPaymentCommand),
  PutBucketRequestPaymentRequest$: () => (/* reexport */ schemas_0/* PutBucketRequestPaymentRequest$ */.iXY),
  PutBucketTagging$: () => (/* reexport */ schemas_0/* PutBucketTagging$ */.$Nq),
  PutBucketTaggingCommand: () => (/* reexport */ PutBucketTaggingCommand),
  PutBucketTaggingRequest$: () => (/* reexport */ schemas_0/* PutBucketTaggingRequest$ */.SAB),
  PutBucketVersioning$: () => (/* reexport */ schemas_0/* PutBucketVersioning$ */.EZO),
  PutBucketVersioningCommand: () => (/* reexport */ PutBucketVersioningCommand),
  PutBucketVersioningRequest$: () => (/* reexport */ schemas_0/* PutBucketVersioningRequest$ */.fQJ),
  PutBucketWebsite$: () => (/* reexport */ schemas_0/* PutBucketWebsite$ */.Jv7),
  PutBucketWebsiteCommand: () => (/* reexport */ PutBucketWebsiteCommand),
  PutBucketWebsiteRequest$: () => (/* reexport */ schemas_0/* PutBucketWebsiteRequest$ */.A2R),
  PutObject$: () => (/* reexport */ schemas_0/* PutObject$ */.lHz),
  PutObjectAcl$: () => (/* reexport */ schemas_0/* PutObjectAcl$ */.HHc),
  PutObjectAclCommand: () => (/* reexport */ PutObjectAclCommand),
  PutObjectAclOutput$: () => (/* reexport */ schemas_0/* PutObjectAclOutput$ */.sWG),
  PutObjectAclRequest$: () => (/* reexport */ schemas_0/* PutObjectAclRequest$ */.S_c),
  PutObjectAnnotation$: () => (/* reexport */ schemas_0/* PutObjectAnnotation$ */.g9F),
  PutObjectAnnotationCommand: () => (/* reexport */ PutObjectAnnotationCommand),
  PutObjectAnnotationOutput$: () => (/* reexport */ schemas_0/* PutObjectAnnotationOutput$ */.b4n),
  PutObjectAnnotationRequest$: () => (/* reexport */ schemas_0/* PutObjectAnnotationRequest$ */.JVR),
  PutObjectCommand: () => (/* reexport */ PutObjectCommand),
  PutObjectLegalHold$: () => (/* reexport */ schemas_0/* PutObjectLegalHold$ */.V0q),
  PutObjectLegalHoldCommand: () => (/* reexport */ PutObjectLegalHoldCommand),
  PutObjectLegalHoldOutput$: () => (/* reexport */ schemas_0/* PutObjectLegalHoldOutput$ */.Gtq),
  PutObjectLegalHoldRequest$: () => (/* reexport */ schemas_0/* PutObjectLegalHoldRequest$ */.GOt),
  PutObjectLockConfiguration$: () => (/* reexport */ schemas_0/* PutObjectLockConfiguration$ */.cN2),
  PutObjectLockConfigurationCommand: () => (/* reexport */ PutObjectLockConfigurationCommand),
  PutObjectLockConfigurationOutput$: () => (/* reexport */ schemas_0/* PutObjectLockConfigurationOutput$ */.XC2),
  PutObjectLockConfigurationRequest$: () => (/* reexport */ schemas_0/* PutObjectLockConfigurationRequest$ */.PY6),
  PutObjectOutput$: () => (/* reexport */ schemas_0/* PutObjectOutput$ */._ox),
  PutObjectRequest$: () => (/* reexport */ schemas_0/* PutObjectRequest$ */.QgW),
  PutObjectRetention$: () => (/* reexport */ schemas_0/* PutObjectRetention$ */.LWh),
  PutObjectRetentionCommand: () => (/* reexport */ PutObjectRetentionCommand),
  PutObjectRetentionOutput$: () => (/* reexport */ schemas_0/* PutObjectRetentionOutput$ */.sZN),
  PutObjectRetentionRequest$: () => (/* reexport */ schemas_0/* PutObjectRetentionRequest$ */.gM$),
  PutObjectTagging$: () => (/* reexport */ schemas_0/* PutObjectTagging$ */.C2v),
  PutObjectTaggingCommand: () => (/* reexport */ PutObjectTaggingCommand),
  PutObjectTaggingOutput$: () => (/* reexport */ schemas_0/* PutObjectTaggingOutput$ */.V56),
  PutObjectTaggingRequest$: () => (/* reexport */ schemas_0/* PutObjectTaggingRequest$ */.VRp),
  PutPublicAccessBlock$: () => (/* reexport */ schemas_0/* PutPublicAccessBlock$ */.c2b),
  PutPublicAccessBlockCommand: () => (/* reexport */ PutPublicAccessBlockCommand),
  PutPublicAccessBlockRequest$: () => (/* reexport */ schemas_0/* PutPublicAccessBlockRequest$ */.hcv),
  QueueConfiguration$: () => (/* reexport */ schemas_0/* QueueConfiguration$ */.e3x),
  QuoteFields: () => (/* reexport */ QuoteFields),
  RecordExpiration$: () => (/* reexport */ schemas_0/* RecordExpiration$ */.N18),
  RecordsEvent$: () => (/* reexport */ schemas_0/* RecordsEvent$ */.f5W),
  Redirect$: () => (/* reexport */ schemas_0/* Redirect$ */.TWs),
  RedirectAllRequestsTo$: () => (/* reexport */ schemas_0/* RedirectAllRequestsTo$ */.v3G),
  RenameObject$: () => (/* reexport */ schemas_0/* RenameObject$ */.uS4),
  RenameObjectCommand: () => (/* reexport */ RenameObjectCommand),
  RenameObjectOutput$: () => (/* reexport */ schemas_0/* RenameObjectOutput$ */.B9_),
  RenameObjectRequest$: () => (/* reexport */ schemas_0/* RenameObjectRequest$ */.J74),
  ReplicaModifications$: () => (/* reexport */ schemas_0/* ReplicaModifications$ */.uC7),
  ReplicaModificationsStatus: () => (/* reexport */ ReplicaModificationsStatus),
  ReplicationConfiguration$: () => (/* reexport */ schemas_0/* ReplicationConfiguration$ */.X09),
  ReplicationRule$: () => (/* reexport */ schemas_0/* ReplicationRule$ */.PFu),
  ReplicationRuleAndOperator$: () => (/* reexport */ schemas_0/* ReplicationRuleAndOperator$ */.Uv3),
  ReplicationRuleFilter$: () => (/* reexport */ schemas_0/* ReplicationRuleFilter$ */.x1N),
  ReplicationRuleNotOperator$: () => (/* reexport */ schemas_0/* ReplicationRuleNotOperator$ */.cJ7),
  ReplicationRuleOrOperator$: () => (/* reexport */ schemas_0/* ReplicationRuleOrOperator$ */.EwM),
  ReplicationRuleStatus: () => (/* reexport */ ReplicationRuleStatus),
  ReplicationStatus: () => (/* reexport */ ReplicationStatus),
  ReplicationTime$: () => (/* reexport */ schemas_0/* ReplicationTime$ */.sZL),
  ReplicationTimeStatus: () => (/* reexport */ ReplicationTimeStatus),
  ReplicationTimeValue$: () => (/* reexport */ schemas_0/* ReplicationTimeValue$ */.NzM),
  RequestCharged: () => (/* reexport */ RequestCharged),
  RequestPayer: () => (/* reexport */ RequestPayer),
  RequestPaymentConfiguration$: () => (/* reexport */ schemas_0/* RequestPaymentConfiguration$ */.eN4),
  RequestProgress$: () => (/* reexport */ schemas_0/* RequestProgress$ */.$Y5),
  RestoreObject$: () => (/* reexport */ schemas_0/* RestoreObject$ */.C19),
  RestoreObjectCommand: () => (/* reexport */ RestoreObjectCommand),
  RestoreObjectOutput$: () => (/* reexport */ schemas_0/* RestoreObjectOutput$ */.PZ8),
  RestoreObjectRequest$: () => (/* reexport */ schemas_0/* RestoreObjectRequest$ */.rnp),
  RestoreRequest$: () => (/* reexport */ schemas_0/* RestoreRequest$ */.ACF),
  RestoreRequestType: () => (/* reexport */ RestoreRequestType),
  RestoreStatus$: () => (/* reexport */ schemas_0/* RestoreStatus$ */.Lhc),
  RoutingRule$: () => (/* reexport */ schemas_0/* RoutingRule$ */.vDH),
  S3: () => (/* reexport */ S3),
  S3Client: () => (/* reexport */ S3Client),
  S3KeyFilter$: () => (/* reexport */ schemas_0/* S3KeyFilter$ */.kb6),
  S3Location$: () => (/* reexport */ schemas_0/* S3Location$ */.Oud),
  S3ServiceException: () => (/* reexport */ S3ServiceException/* S3ServiceException */.H),
  S3ServiceException$: () => (/* reexport */ schemas_0/* S3ServiceException$ */.zxP),
  S3TablesBucketType: () => (/* reexport */ S3TablesBucketType),
  S3TablesDestination$: () => (/* reexport */ schemas_0/* S3TablesDestination$ */.QKU),
  S3TablesDestinationResult$: () => (/* reexport */ schemas_0/* S3TablesDestinationResult$ */.$TK),
  SSEKMS$: () => (/* reexport */ schemas_0/* SSEKMS$ */.RMn),
  SSEKMSEncryption$: () => (/* reexport */ schemas_0/* SSEKMSEncryption$ */.MwT),
  SSES3$: () => (/* reexport */ schemas_0/* SSES3$ */.GEh),
  ScanRange$: () => (/* reexport */ schemas_0/* ScanRange$ */.Vdo),
  SelectObjectContent$: () => (/* reexport */ schemas_0/* SelectObjectContent$ */.vlV),
  SelectObjectContentCommand: () => (/* reexport */ SelectObjectContentCommand),
  SelectObjectContentEventStream$: () => (/* reexport */ schemas_0/* SelectObjectContentEventStream$ */.F1e),
  SelectObjectContentOutput$: () => (/* reexport */ schemas_0/* SelectObjectContentOutput$ */.Yis),
  SelectObjectContentRequest$: () => (/* reexport */ schemas_0/* SelectObjectContentRequest$ */.AbX),
  SelectParameters$: () => (/* reexport */ schemas_0/* SelectParameters$ */.VTE),
  ServerSideEncryption: () => (/* reexport */ ServerSideEncryption),
  ServerSideEncryptionByDefault$: () => (/* reexport */ schemas_0/* ServerSideEncryptionByDefault$ */.IOm),
  ServerSideEncryptionConfiguration$: () => (/* reexport */ schemas_0/* ServerSideEncryptionConfiguration$ */.QAx),
  ServerSideEncryptionRule$: () => (/* reexport */ schemas_0/* ServerSideEncryptionRule$ */.cmN),
  SessionCredentials$: () => (/* reexport */ schemas_0/* SessionCredentials$ */.vjF),
  SessionMode: () => (/* reexport */ SessionMode),
  SimplePrefix$: () => (/* reexport */ schemas_0/* SimplePrefix$ */.pOb),
  SourceSelectionCriteria$: () => (/* reexport */ schemas_0/* SourceSelectionCriteria$ */.LXY),
  SseKmsEncryptedObjects$: () => (/* reexport */ schemas_0/* SseKmsEncryptedObjects$ */.JyD),
  SseKmsEncryptedObjectsStatus: () => (/* reexport */ SseKmsEncryptedObjectsStatus),
  Stats$: () => (/* reexport */ schemas_0/* Stats$ */._wF),
  StatsEvent$: () => (/* reexport */ schemas_0/* StatsEvent$ */.WGN),
  StorageClass: () => (/* reexport */ StorageClass),
  StorageClassAnalysis$: () => (/* reexport */ schemas_0/* StorageClassAnalysis$ */.WGg),
  StorageClassAnalysisDataExport$: () => (/* reexport */ schemas_0/* StorageClassAnalysisDataExport$ */.u$8),
  StorageClassAnalysisSchemaVersion: () => (/* reexport */ StorageClassAnalysisSchemaVersion),
  TableSseAlgorithm: () => (/* reexport */ TableSseAlgorithm),
  Tag$: () => (/* reexport */ schemas_0/* Tag$ */.RU0),
  Tagging$: () => (/* reexport */ schemas_0/* Tagging$ */.AfP),
  TaggingDirective: () => (/* reexport */ TaggingDirective),
  TargetGrant$: () => (/* reexport */ schemas_0/* TargetGrant$ */.Wx9),
  TargetObjectKeyFormat$: () => (/* reexport */ schemas_0/* TargetObjectKeyFormat$ */.bSX),
  Tier: () => (/* reexport */ Tier),
  Tiering$: () => (/* reexport */ schemas_0/* Tiering$ */.T1m),
  TooManyParts: () => (/* reexport */ errors/* TooManyParts */.Go),
  TooManyParts$: () => (/* reexport */ schemas_0/* TooManyParts$ */.GeG),
  TopicConfiguration$: () => (/* reexport */ schemas_0/* TopicConfiguration$ */.OJe),
  Transition$: () => (/* reexport */ schemas_0/* Transition$ */.S3I),
  TransitionDefaultMinimumObjectSize: () => (/* reexport */ TransitionDefaultMinimumObjectSize),
  TransitionStorageClass: () => (/* reexport */ TransitionStorageClass),
  Type: () => (/* reexport */ Type),
  UnsupportedMediaType: () => (/* reexport */ errors/* UnsupportedMediaType */.oX),
  UnsupportedMediaType$: () => (/* reexport */ schemas_0/* UnsupportedMediaType$ */.mQj),
  UpdateBucketMetadataAnnotationTableConfiguration$: () => (/* reexport */ schemas_0/* UpdateBucketMetadataAnnotationTableConfiguration$ */.cNf),
  UpdateBucketMetadataAnnotationTableConfigurationCommand: () => (/* reexport */ UpdateBucketMetadataAnnotationTableConfigurationCommand),
  UpdateBucketMetadataAnnotationTableConfigurationRequest$: () => (/* reexport */ schemas_0/* UpdateBucketMetadataAnnotationTableConfigurationRequest$ */.bUv),
  UpdateBucketMetadataInventoryTableConfiguration$: () => (/* reexport */ schemas_0/* UpdateBucketMetadataInventoryTableConfiguration$ */.JYM),
  UpdateBucketMetadataInventoryTableConfigurationCommand: () => (/* reexport */ UpdateBucketMetadataInventoryTableConfigurationCommand),
  UpdateBucketMetadataInventoryTableConfigurationRequest$: () => (/* reexport */ schemas_0/* UpdateBucketMetadataInventoryTableConfigurationRequest$ */.WuC),
  UpdateBucketMetadataJournalTableConfiguration$: () => (/* reexport */ schemas_0/* UpdateBucketMetadataJournalTableConfiguration$ */.ARD),
  UpdateBucketMetadataJournalTableConfigurationCommand: () => (/* reexport */ UpdateBucketMetadataJournalTableConfigurationCommand),
  UpdateBucketMetadataJournalTableConfigurationRequest$: () => (/* reexport */ schemas_0/* UpdateBucketMetadataJournalTableConfigurationRequest$ */.RN1),
  UpdateObjectEncryption$: () => (/* reexport */ schemas_0/* UpdateObjectEncryption$ */.EYj),
  UpdateObjectEncryptionCommand: () => (/* reexport */ UpdateObjectEncryptionCommand),
  UpdateObjectEncryptionRequest$: () => (/* reexport */ schemas_0/* UpdateObjectEncryptionRequest$ */.F4Q),
  UpdateObjectEncryptionResponse$: () => (/* reexport */ schemas_0/* UpdateObjectEncryptionResponse$ */.Pwg),
  UploadPart$: () => (/* reexport */ schemas_0/* UploadPart$ */.nCU),
  UploadPartCommand: () => (/* reexport */ UploadPartCommand),
  UploadPartCopy$: () => (/* reexport */ schemas_0/* UploadPartCopy$ */.Qp6),
  UploadPartCopyCommand: () => (/* reexport */ UploadPartCopyCommand),
  UploadPartCopyOutput$: () => (/* reexport */ schemas_0/* UploadPartCopyOutput$ */.B5D),
  UploadPartCopyRequest$: () => (/* reexport */ schemas_0/* UploadPartCopyRequest$ */.xjI),
  UploadPartOutput$: () => (/* reexport */ schemas_0/* UploadPartOutput$ */.me6),
  UploadPartRequest$: () => (/* reexport */ schemas_0/* UploadPartRequest$ */.goj),
  UseSourceMultiRegionKey$: () => (/* reexport */ schemas_0/* UseSourceMultiRegionKey$ */.tJQ),
  UseSourceMultiRegionKeyStatus: () => (/* reexport */ UseSourceMultiRegionKeyStatus),
  VersioningConfiguration$: () => (/* reexport */ schemas_0/* VersioningConfiguration$ */.JL2),
  WebsiteConfiguration$: () => (/* reexport */ schemas_0/* WebsiteConfiguration$ */.M58),
  WriteGetObjectResponse$: () => (/* reexport */ schemas_0/* WriteGetObjectResponse$ */.IHV),
  WriteGetObjectResponseCommand: () => (/* reexport */ WriteGetObjectResponseCommand),
  WriteGetObjectResponseRequest$: () => (/* reexport */ schemas_0/* WriteGetObjectResponseRequest$ */.BvX),
  _Error$: () => (/* reexport */ schemas_0/* _Error$ */.Yh5),
  _Object$: () => (/* reexport */ schemas_0/* _Object$ */.n_),
  __Client: () => (/* reexport */ client/* Client */.K),
  errorTypeRegistries: () => (/* reexport */ schemas_0/* errorTypeRegistries */.q1U),
  paginateListBuckets: () => (/* reexport */ paginateListBuckets),
  paginateListDirectoryBuckets: () => (/* reexport */ paginateListDirectoryBuckets),
  paginateListObjectAnnotations: () => (/* reexport */ paginateListObjectAnnotations),
  paginateListObjectsV2: () => (/* reexport */ paginateListObjectsV2),
  paginateListParts: () => (/* reexport */ paginateListParts),
  waitForBucketExists: () => (/* reexport */ waitForBucketExists),
  waitForBucketNotExists: () => (/* reexport */ waitForBucketNotExists),
  waitForObjectExists: () => (/* reexport */ waitForObjectExists),
  waitForObjectNotExists: () => (/* reexport */ waitForObjectNotExists),
  waitUntilBucketExists: () => (/* reexport */ waitUntilBucketExists),
  waitUntilBucketNotExists: () => (/* reexport */ waitUntilBucketNotExists),
  waitUntilObjectExists: () => (/* reexport */ waitUntilObjectExists),
  waitUntilObjectNotExists: () => (/* reexport */ waitUntilObjectNotExists)
});

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/transport/normalizeProvider.js
var normalizeProvider = __webpack_require__(9362);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/constants.js
var constants = __webpack_require__(2051);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/resolveFlexibleChecksumsConfig.js


const resolveFlexibleChecksumsConfig = (input) => {
    const { requestChecksumCalculation, responseChecksumValidation, requestStreamBufferSize } = input;
    return Object.assign(input, {
        requestChecksumCalculation: (0,normalizeProvider/* normalizeProvider */.t)(requestChecksumCalculation ?? constants/* DEFAULT_REQUEST_CHECKSUM_CALCULATION */.WK),
        responseChecksumValidation: (0,normalizeProvider/* normalizeProvider */.t)(responseChecksumValidation ?? constants/* DEFAULT_RESPONSE_CHECKSUM_VALIDATION */.In),
        requestStreamBufferSize: Number(requestStreamBufferSize ?? 0),
        checksumAlgorithms: input.checksumAlgorithms ?? {},
    });
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-user-agent/configurations.js
var configurations = __webpack_require__(846);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-host-header/hostHeaderMiddleware.js
var hostHeaderMiddleware = __webpack_require__(9007);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-user-agent/user-agent-middleware.js + 3 modules
var user_agent_middleware = __webpack_require__(721);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-logger/loggerMiddleware.js
var loggerMiddleware = __webpack_require__(5180);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-recursion-detection/getRecursionDetectionPlugin.js + 3 modules
var getRecursionDetectionPlugin = __webpack_require__(5250);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-s3-express/classes/S3ExpressIdentityCache.js
class S3ExpressIdentityCache {
    data;
    lastPurgeTime = Date.now();
    static EXPIRED_CREDENTIAL_PURGE_INTERVAL_MS = 30_000;
    constructor(data = {}) {
        this.data = data;
    }
    get(key) {
        const entry = this.data[key];
        if (!entry) {
            return;
        }
        return entry;
    }
    set(key, entry) {
        this.data[key] = entry;
        return entry;
    }
    delete(key) {
        delete this.data[key];
    }
    clear() {
        this.data = {};
    }
    async purgeExpired() {
        const now = Date.now();
        if (this.lastPurgeTime + S3ExpressIdentityCache.EXPIRED_CREDENTIAL_PURGE_INTERVAL_MS > now) {
            return;
        }
        const data = this.data;
        for (const key in data) {
            const entry = data[key];
            if (!entry.isRefreshing) {
                const credential = await entry.identity;
                if (credential.expiration) {
                    if (credential.expiration.getTime() < now && data[key] === entry) {
                        delete data[key];
                    }
                }
            }
        }
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-s3-express/classes/S3ExpressIdentityCacheEntry.js
class S3ExpressIdentityCacheEntry {
    _identity;
    isRefreshing;
    accessed;
    constructor(_identity, isRefreshing = false, accessed = Date.now()) {
        this._identity = _identity;
        this.isRefreshing = isRefreshing;
        this.accessed = accessed;
    }
    get identity() {
        this.accessed = Date.now();
        return this._identity;
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-s3-express/classes/S3ExpressIdentityProviderImpl.js


class S3ExpressIdentityProviderImpl {
    createSessionFn;
    cache;
    static REFRESH_WINDOW_MS = 60_000;
    accessKeyId;
    cacheGeneration = 0;
    constructor(createSessionFn, cache = new S3ExpressIdentityCache()) {
        this.createSessionFn = createSessionFn;
        this.cache = cache;
    }
    async getS3ExpressIdentity(awsIdentity, identityProperties) {
        const bucket = identityProperties.Bucket;
        const { cache } = this;
        if (awsIdentity.accessKeyId !== this.accessKeyId) {
            this.accessKeyId = awsIdentity.accessKeyId;
            this.cacheGeneration++;
            cache.clear();
        }
        const cacheGeneration = this.cacheGeneration;
        const entry = cache.get(bucket);
        if (entry) {
            return entry.identity.then((identity) => {
                const isExpired = (identity.expiration?.getTime() ?? 0) < Date.now();
                if (isExpired) {
                    return cache.set(bucket, new S3ExpressIdentityCacheEntry(this.getIdentity(bucket))).identity;
                }
                const isExpiringSoon = (identity.expiration?.getTime() ?? 0) < Date.now() + S3ExpressIdentityProviderImpl.REFRESH_WINDOW_MS;
                if (isExpiringSoon && !entry.isRefreshing) {
                    entry.isRefreshing = true;
                    this.getIdentity(bucket).then((id) => {
                        if (cacheGeneration === this.cacheGeneration) {
                            cache.set(bucket, new S3ExpressIdentityCacheEntry(Promise.resolve(id)));
                        }
                    });
                }
                return identity;
            });
        }
        return cache.set(bucket, new S3ExpressIdentityCacheEntry(this.getIdentity(bucket))).identity;
    }
    async getIdentity(bucket) {
        await this.cache.purgeExpired().catch((error) => {
            console.warn("Error while clearing expired entries in S3ExpressIdentityCache: \n" + error);
        });
        const session = await this.createSessionFn(bucket);
        if (!session.Credentials?.AccessKeyId || !session.Credentials?.SecretAccessKey) {
            throw new Error("s3#createSession response credential missing AccessKeyId or SecretAccessKey.");
        }
        const identity = {
            accessKeyId: session.Credentials.AccessKeyId,
            secretAccessKey: session.Credentials.SecretAccessKey,
            sessionToken: session.Credentials.SessionToken,
            expiration: session.Credentials.Expiration ? new Date(session.Credentials.Expiration) : undefined,
        };
        return identity;
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-s3-configuration/s3Configuration.js

const resolveS3Config = (input, { session, }) => {
    const [s3ClientProvider, CreateSessionCommandCtor] = session;
    const { forcePathStyle, useAccelerateEndpoint, disableMultiregionAccessPoints, followRegionRedirects, s3ExpressIdentityProvider, bucketEndpoint, expectContinueHeader, } = input;
    return Object.assign(input, {
        forcePathStyle: forcePathStyle ?? false,
        useAccelerateEndpoint: useAccelerateEndpoint ?? false,
        disableMultiregionAccessPoints: disableMultiregionAccessPoints ?? false,
        followRegionRedirects: followRegionRedirects ?? false,
        s3ExpressIdentityProvider: s3ExpressIdentityProvider ??
            new S3ExpressIdentityProviderImpl(async (key) => s3ClientProvider().send(new CreateSessionCommandCtor({
                Bucket: key,
            }))),
        bucketEndpoint: bucketEndpoint ?? false,
        expectContinueHeader: expectContinueHeader ?? 2_097_152,
    });
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/util/util-arn-parser/arn.js
const validate = (str) => typeof str === "string" && str.indexOf("arn:") === 0 && str.split(":").length >= 6;
const parse = (arn) => {
    const segments = arn.split(":");
    if (segments.length < 6 || segments[0] !== "arn") {
        throw new Error("Malformed ARN");
    }
    const [, partition, service, region, accountId, ...resource] = segments;
    return {
        partition,
        service,
        region,
        accountId,
        resource: resource.join(":"),
    };
};
const build = (arnObject) => {
    const { partition = "aws", service, region, accountId, resource } = arnObject;
    if ([service, region, accountId, resource].some((segment) => typeof segment !== "string")) {
        throw new Error("Input ARN object is invalid");
    }
    return `arn:${partition}:${service}:${region}:${accountId}:${resource}`;
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-region-redirect/bucket-endpoint-middleware.js
function bucketEndpointMiddleware(options) {
    return (next, context) => async (args) => {
        if (options.bucketEndpoint) {
            const endpoint = context.endpointV2;
            if (endpoint) {
                const bucket = args.input.Bucket;
                if (typeof bucket === "string") {
                    try {
                        const bucketEndpointUrl = new URL(bucket);
                        context.endpointV2 = {
                            ...endpoint,
                            url: bucketEndpointUrl,
                        };
                    }
                    catch (e) {
                        const warning = `@aws-sdk/middleware-sdk-s3: bucketEndpoint=true was set but Bucket=${bucket} could not be parsed as URL.`;
                        if (context.logger?.constructor?.name === "NoOpLogger") {
                            console.warn(warning);
                        }
                        else {
                            context.logger?.warn?.(warning);
                        }
                        throw e;
                    }
                }
            }
        }
        return next(args);
    };
}
const bucketEndpointMiddlewareOptions = {
    name: "bucketEndpointMiddleware",
    override: true,
    relation: "after",
    toMiddleware: "endpointV2Middleware",
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-validate-bucket-name/validate-bucket-name.js


function validateBucketNameMiddleware({ bucketEndpoint }) {
    return (next) => async (args) => {
        const { input: { Bucket }, } = args;
        if (!bucketEndpoint && typeof Bucket === "string" && !validate(Bucket) && Bucket.indexOf("/") >= 0) {
            const err = new Error(`Bucket name shouldn't contain '/', received '${Bucket}'`);
            err.name = "InvalidBucketName";
            throw err;
        }
        return next({ ...args });
    };
}
const validateBucketNameMiddlewareOptions = {
    step: "initialize",
    tags: ["VALIDATE_BUCKET_NAME"],
    name: "validateBucketNameMiddleware",
    override: true,
};
const getValidateBucketNamePlugin = (options) => ({
    applyToStack: (clientStack) => {
        clientStack.add(validateBucketNameMiddleware(options), validateBucketNameMiddlewareOptions);
        clientStack.addRelativeTo(bucketEndpointMiddleware(options), bucketEndpointMiddlewareOptions);
    },
});

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/transport/httpRequest.js
var httpRequest = __webpack_require__(9725);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-expect-continue/middleware-expect-continue.js

function addExpectContinueMiddleware(options) {
    return (next) => async (args) => {
        const { request } = args;
        if (options.expectContinueHeader !== false &&
            httpRequest/* HttpRequest */.K.isInstance(request) &&
            request.body &&
            options.runtime === "node" &&
            options.requestHandler?.constructor?.name !== "FetchHttpHandler") {
            let sendHeader = true;
            if (typeof options.expectContinueHeader === "number") {
                try {
                    const bodyLength = Number(request.headers?.["content-length"]) ?? options.bodyLengthChecker?.(request.body) ?? Infinity;
                    sendHeader = bodyLength >= options.expectContinueHeader;
                }
                catch (e) { }
            }
            else {
                sendHeader = !!options.expectContinueHeader;
            }
            if (sendHeader) {
                request.headers.Expect = "100-continue";
            }
        }
        return next({
            ...args,
            request,
        });
    };
}
const addExpectContinueMiddlewareOptions = {
    step: "build",
    tags: ["SET_EXPECT_HEADER", "EXPECT_HEADER"],
    name: "addExpectContinueMiddleware",
    override: true,
};
const getAddExpectContinuePlugin = (options) => ({
    applyToStack: (clientStack) => {
        clientStack.add(addExpectContinueMiddleware(options), addExpectContinueMiddlewareOptions);
    },
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/client/setFeature.js
var setFeature = __webpack_require__(8102);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-region-redirect/region-redirect-endpoint-middleware.js
const regionRedirectEndpointMiddleware = (config) => {
    return (next, context) => async (args) => {
        const originalRegion = await config.region();
        const regionProviderRef = config.region;
        let unlock = () => { };
        if (context.__s3RegionRedirect) {
            Object.defineProperty(config, "region", {
                writable: false,
                value: async () => {
                    return context.__s3RegionRedirect;
                },
            });
            unlock = () => Object.defineProperty(config, "region", {
                writable: true,
                value: regionProviderRef,
            });
        }
        try {
            const result = await next(args);
            if (context.__s3RegionRedirect) {
                unlock();
                const region = await config.region();
                if (originalRegion !== region) {
                    throw new Error("Region was not restored following S3 region redirect.");
                }
            }
            return result;
        }
        catch (e) {
            unlock();
            throw e;
        }
    };
};
const regionRedirectEndpointMiddlewareOptions = {
    tags: ["REGION_REDIRECT", "S3"],
    name: "regionRedirectEndpointMiddleware",
    override: true,
    relation: "before",
    toMiddleware: "endpointV2Middleware",
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-region-redirect/region-redirect-middleware.js


function regionRedirectMiddleware(clientConfig) {
    return (next, context) => async (args) => {
        try {
            return await next(args);
        }
        catch (err) {
            if (clientConfig.followRegionRedirects) {
                const statusCode = err?.$metadata?.httpStatusCode;
                const isHeadBucket = context.commandName === "HeadBucketCommand";
                const bucketRegionHeader = err?.$response?.headers?.["x-amz-bucket-region"];
                if (bucketRegionHeader) {
                    if (statusCode === 301 ||
                        (statusCode === 400 && (err?.name === "IllegalLocationConstraintException" || isHeadBucket))) {
                        try {
                            const actualRegion = bucketRegionHeader;
                            context.logger?.debug(`Redirecting from ${await clientConfig.region()} to ${actualRegion}`);
                            context.__s3RegionRedirect = actualRegion;
                            (0,setFeature/* setFeature */.J)(context, "S3_REGION_REDIRECT", "Ah");
                        }
                        catch (e) {
                            throw new Error("Region redirect failed: " + e);
                        }
                        return next(args);
                    }
                }
            }
            throw err;
        }
    };
}
const regionRedirectMiddlewareOptions = {
    step: "initialize",
    tags: ["REGION_REDIRECT", "S3"],
    name: "regionRedirectMiddleware",
    override: true,
};
const getRegionRedirectMiddlewarePlugin = (clientConfig) => ({
    applyToStack: (clientStack) => {
        clientStack.add(regionRedirectMiddleware(clientConfig), regionRedirectMiddlewareOptions);
        clientStack.addRelativeTo(regionRedirectEndpointMiddleware(clientConfig), regionRedirectEndpointMiddlewareOptions);
    },
});

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/config/util-config-provider/booleanSelector.js
var booleanSelector = __webpack_require__(9498);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/config/util-config-provider/types.js
var types = __webpack_require__(6402);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-s3-express/constants.js

const S3_EXPRESS_BUCKET_TYPE = "Directory";
const S3_EXPRESS_BACKEND = "S3Express";
const S3_EXPRESS_AUTH_SCHEME = "sigv4-s3express";
const SESSION_TOKEN_QUERY_PARAM = "X-Amz-S3session-Token";
const SESSION_TOKEN_HEADER = SESSION_TOKEN_QUERY_PARAM.toLowerCase();
const NODE_DISABLE_S3_EXPRESS_SESSION_AUTH_ENV_NAME = "AWS_S3_DISABLE_EXPRESS_SESSION_AUTH";
const NODE_DISABLE_S3_EXPRESS_SESSION_AUTH_INI_NAME = "s3_disable_express_session_auth";
const NODE_DISABLE_S3_EXPRESS_SESSION_AUTH_OPTIONS = {
    environmentVariableSelector: (env) => (0,booleanSelector/* booleanSelector */.Q)(env, NODE_DISABLE_S3_EXPRESS_SESSION_AUTH_ENV_NAME, types/* SelectorType */.c.ENV),
    configFileSelector: (profile) => (0,booleanSelector/* booleanSelector */.Q)(profile, NODE_DISABLE_S3_EXPRESS_SESSION_AUTH_INI_NAME, types/* SelectorType */.c.CONFIG),
    default: false,
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-s3-express/functions/s3ExpressMiddleware.js



const s3ExpressMiddleware = (options) => {
    return (next, context) => async (args) => {
        if (context.endpointV2) {
            const endpoint = context.endpointV2;
            const isS3ExpressAuth = endpoint.properties?.authSchemes?.[0]?.name === S3_EXPRESS_AUTH_SCHEME;
            const isS3ExpressBucket = endpoint.properties?.backend === S3_EXPRESS_BACKEND ||
                endpoint.properties?.bucketType === S3_EXPRESS_BUCKET_TYPE;
            if (isS3ExpressBucket) {
                (0,setFeature/* setFeature */.J)(context, "S3_EXPRESS_BUCKET", "J");
                context.isS3ExpressBucket = true;
            }
            if (isS3ExpressAuth) {
                const requestBucket = args.input.Bucket;
                if (requestBucket) {
                    const s3ExpressIdentity = await options.s3ExpressIdentityProvider.getS3ExpressIdentity(await options.credentials(), {
                        Bucket: requestBucket,
                    });
                    context.s3ExpressIdentity = s3ExpressIdentity;
                    if (httpRequest/* HttpRequest */.K.isInstance(args.request) && s3ExpressIdentity.sessionToken) {
                        args.request.headers[SESSION_TOKEN_HEADER] = s3ExpressIdentity.sessionToken;
                    }
                }
            }
        }
        return next(args);
    };
};
const s3ExpressMiddlewareOptions = {
    name: "s3ExpressMiddleware",
    step: "build",
    tags: ["S3", "S3_EXPRESS"],
    override: true,
};
const getS3ExpressPlugin = (options) => ({
    applyToStack: (clientStack) => {
        clientStack.add(s3ExpressMiddleware(options), s3ExpressMiddlewareOptions);
    },
});

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/legacy-root-exports/middleware-http-signing/getHttpSigningMiddleware.js + 1 modules
var getHttpSigningMiddleware = __webpack_require__(1567);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/transport/getSmithyContext.js
var getSmithyContext = __webpack_require__(8743);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-s3-express/functions/signS3Express.js
const signS3Express = async (s3ExpressIdentity, signingOptions, request, sigV4MultiRegionSigner) => {
    const signedRequest = await sigV4MultiRegionSigner.signWithCredentials(request, s3ExpressIdentity, {});
    if (signedRequest.headers["X-Amz-Security-Token"] || signedRequest.headers["x-amz-security-token"]) {
        throw new Error("X-Amz-Security-Token must not be set for s3-express requests.");
    }
    return signedRequest;
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-s3-express/functions/s3ExpressHttpSigningMiddleware.js




const defaultErrorHandler = (signingProperties) => (error) => {
    throw error;
};
const defaultSuccessHandler = (httpResponse, signingProperties) => { };
const s3ExpressHttpSigningMiddlewareOptions = (/* unused pure expression or super */ null && (httpSigningMiddlewareOptions));
const s3ExpressHttpSigningMiddleware = (config) => (next, context) => async (args) => {
    if (!httpRequest/* HttpRequest */.K.isInstance(args.request)) {
        return next(args);
    }
    const smithyContext = (0,getSmithyContext/* getSmithyContext */.u)(context);
    const scheme = smithyContext.selectedHttpAuthScheme;
    if (!scheme) {
        throw new Error(`No HttpAuthScheme was selected: unable to sign request`);
    }
    const { httpAuthOption: { signingProperties = {} }, identity, signer, } = scheme;
    let request;
    if (context.s3ExpressIdentity) {
        request = await signS3Express(context.s3ExpressIdentity, signingProperties, args.request, await config.signer());
    }
    else {
        request = await signer.sign(args.request, identity, signingProperties);
    }
    const output = await next({
        ...args,
        request,
    }).catch((signer.errorHandler || defaultErrorHandler)(signingProperties));
    (signer.successHandler || defaultSuccessHandler)(output.response, signingProperties);
    return output;
};
const getS3ExpressHttpSigningPlugin = (config) => ({
    applyToStack: (clientStack) => {
        clientStack.addRelativeTo(s3ExpressHttpSigningMiddleware(config), getHttpSigningMiddleware/* httpSigningMiddlewareOptions */.Q);
    },
});

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/legacy-root-exports/middleware-http-auth-scheme/getHttpAuthSchemeEndpointRuleSetPlugin.js + 2 modules
var getHttpAuthSchemeEndpointRuleSetPlugin = __webpack_require__(2781);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/legacy-root-exports/util-identity-and-auth/DefaultIdentityProviderConfig.js
var DefaultIdentityProviderConfig = __webpack_require__(7086);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/client/smithy-client/client.js
var client = __webpack_require__(8702);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/config/config-resolver/regionConfig/resolveRegionConfig.js + 3 modules
var resolveRegionConfig = __webpack_require__(7503);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/endpoints/index.js + 6 modules
var endpoints = __webpack_require__(4172);
;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-serde-config-resolver/EventStreamSerdeConfig.js
const resolveEventStreamSerdeConfig = (input) => Object.assign(input, {
    eventStreamMarshaller: input.eventStreamSerdeProvider(input),
});

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/protocols/middleware-content-length/contentLengthMiddleware.js
var contentLengthMiddleware = __webpack_require__(7041);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/configurations.js + 6 modules
var middleware_retry_configurations = __webpack_require__(7760);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/retry/index.js + 5 modules
var retry = __webpack_require__(2122);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/schema/middleware/getSchemaSerdePlugin.js + 3 modules
var getSchemaSerdePlugin = __webpack_require__(7849);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/index.js + 4 modules
var httpAuthSchemes = __webpack_require__(8181);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/aws_sdk/resolveAwsSdkSigV4AConfig.js
var resolveAwsSdkSigV4AConfig = __webpack_require__(6839);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/signature-v4-multi-region/dist-es/SignatureV4MultiRegion.js + 3 modules
var SignatureV4MultiRegion = __webpack_require__(2915);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/endpoints/middleware-endpoint/adaptors/getEndpointFromInstructions.js + 2 modules
var getEndpointFromInstructions = __webpack_require__(7436);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/aws.js + 2 modules
var aws = __webpack_require__(6180);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/cache/EndpointCache.js
var EndpointCache = __webpack_require__(8479);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/decideEndpoint.js + 24 modules
var decideEndpoint = __webpack_require__(7009);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/utils/customEndpointFunctions.js
var customEndpointFunctions = __webpack_require__(1046);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/bdd/BinaryDecisionDiagram.js
var BinaryDecisionDiagram = __webpack_require__(5258);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/endpoint/bdd.js

const aw = "ref", ax = "argv", ay = "backend", az = "authSchemes", aA = "disableDoubleEncoding", aB = "signingName", aC = "signingRegion", aD = "signingRegionSet";
const a = -1, b = true, c = false, d = "isSet", e = "booleanEquals", f = "stringEquals", g = "coalesce", h = "substring", i = "", j = "aws.partition", k = "partitionResult", l = "accessPointSuffix", m = "regionPrefix", n = (n) => "outpostId_ssa_" + n + i, o = "hardwareType", p = "ite", q = "isValidHostLabel", s = "sigv4", t = "aws.isVirtualHostableS3Bucket", u = "url", v = "getAttr", w = "bucketArn", x = "--", y = "arnType", z = "accesspoint", A = (n) => "accessPointName_ssa_" + n + i, B = "s3-object-lambda", C = "s3-outposts", D = "bucketPartition", E = "us-east-1", F = "outpostType", G = "name", H = "s3", I = "{url#scheme}://{Bucket}.{url#authority}{url#path}", J = "{url#scheme}://{url#authority}{url#path}", K = "{url#scheme}://{url#authority}{url#normalizedPath}{Bucket}", L = "https://{Bucket}.s3-accelerate.{partitionResult#dnsSuffix}", M = "https://{Bucket}.s3.{partitionResult#dnsSuffix}", N = (n) => "{url#scheme}://{accessPointName_ssa_" + n + "}-{bucketArn#accountId}.{url#authority}{url#path}", O = (n) => "Invalid ARN: The access point name may only contain a-z, A-Z, 0-9 and `-`. Found: `{accessPointName_ssa_" + n + "}`", P = "sigv4a", Q = "{url#scheme}://{url#authority}{url#normalizedPath}{uri_encoded_bucket}", R = "https://s3.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", S = "https://s3.{partitionResult#dnsSuffix}", T = { [aw]: "UseFIPS" }, U = { [aw]: "UseDualStack" }, V = { [aw]: "Bucket" }, W = { "fn": v, [ax]: [{ [aw]: k }, G] }, X = { [aw]: u }, Y = { [aw]: "Region" }, Z = { [aw]: w }, aa = { [aw]: y }, ab = { [aw]: "accessPointName_ssa_1" }, ac = { "fn": v, [ax]: [Z, "region"] }, ad = { [aw]: o }, ae = { "fn": v, [ax]: [Z, "service"] }, af = { "fn": v, [ax]: [Z, "accountId"] }, ag = { [ay]: "S3Express", [az]: [{ [aA]: true, [G]: "{_s3e_auth}", [aB]: "s3express", [aC]: "{Region}" }] }, ah = { [ay]: "S3Express", [az]: [{ [aA]: true, [G]: s, [aB]: "s3express", [aC]: "{Region}" }] }, ai = { [az]: [{ [aA]: true, [G]: P, [aB]: C, [aD]: ["*"] }, { [aA]: true, [G]: s, [aB]: C, [aC]: "{Region}" }] }, aj = { [az]: [{ [aA]: true, [G]: s, [aB]: H, [aC]: E }] }, ak = { [az]: [{ [aA]: true, [G]: s, [aB]: H, [aC]: "{Region}" }] }, al = { [az]: [{ [aA]: true, [G]: s, [aB]: B, [aC]: "{bucketArn#region}" }] }, am = { [az]: [{ [aA]: true, [G]: s, [aB]: H, [aC]: "{bucketArn#region}" }] }, an = { [az]: [{ [aA]: true, [G]: P, [aB]: C, [aD]: ["*"] }, { [aA]: true, [G]: s, [aB]: C, [aC]: "{bucketArn#region}" }] }, ao = { [az]: [{ [aA]: true, [G]: s, [aB]: B, [aC]: "{Region}" }] }, ap = [Y], aq = [{ [aw]: "Endpoint" }], as = [V], at = [V, 0, 7, true], au = [Z, "resourceId[1]"], av = ["*"];
const _data = {
    conditions: [
        [d, ap],
        [e, [{ [aw]: "Accelerate" }, b]],
        [e, [T, b]],
        [e, [U, b]],
        [d, aq],
        [d, as],
        [f, [{ fn: g, [ax]: [{ fn: h, [ax]: [V, 0, 6, b] }, i] }, "--x-s3"]],
        [f, [{ fn: g, [ax]: [{ fn: h, [ax]: at }, i] }, "--xa-s3"]],
        [j, ap, k],
        [h, at, l],
        [f, [{ [aw]: l }, "--op-s3"]],
        [h, [V, 8, 12, b], m],
        [h, [V, 32, 49, b], n(2)],
        [h, [V, 49, 50, b], o],
        [e, [{ [aw]: "ForcePathStyle" }, b]],
        [f, [W, "aws-cn"]],
        [p, [U, ".dualstack", i], "_s3e_ds"],
        [q, [{ [aw]: n(2) }, c]],
        [p, [T, "-fips", i], "_s3e_fips"],
        [p, [{ fn: g, [ax]: [{ [aw]: "DisableS3ExpressSessionAuth" }, c] }, s, "sigv4-s3express"], "_s3e_auth"],
        [t, [V, c]],
        ["parseURL", aq, u],
        [e, [{ fn: g, [ax]: [{ [aw]: "UseS3ExpressControlEndpoint" }, c] }, b]],
        [t, [V, b]],
        [f, [{ fn: v, [ax]: [X, "scheme"] }, "http"]],
        [q, [Y, c]],
        ["aws.parseArn", as, w],
        [v, [{ fn: "split", [ax]: [V, x, 0] }, "[-2]"], "s3expressAvailabilityZoneId"],
        [f, [{ fn: g, [ax]: [{ fn: h, [ax]: [V, 0, 4, c] }, i] }, "arn:"]],
        [f, [{ fn: g, [ax]: [{ fn: h, [ax]: [V, 16, 18, b] }, i] }, x]],
        [e, [{ fn: v, [ax]: [X, "isIp"] }, b]],
        [f, [{ fn: g, [ax]: [{ fn: h, [ax]: [V, 21, 23, b] }, i] }, x]],
        [f, [{ fn: g, [ax]: [{ fn: h, [ax]: [V, 27, 29, b] }, i] }, x]],
        [f, [{ [aw]: m }, "beta"]],
        ["uriEncode", as, "uri_encoded_bucket"],
        [q, [Y, b]],
        [e, [{ fn: g, [ax]: [{ [aw]: "UseObjectLambdaEndpoint" }, c] }, b]],
        [v, [Z, "resourceId[0]"], y],
        [f, [aa, i]],
        [f, [aa, z]],
        [v, au, A(1)],
        [f, [ab, i]],
        [f, [ac, i]],
        [f, [{ fn: g, [ax]: [{ fn: h, [ax]: [V, 14, 16, b] }, i] }, x]],
        [f, [ad, "e"]],
        [f, [ad, "o"]],
        [f, [Y, "aws-global"]],
        [f, [{ fn: g, [ax]: [{ fn: h, [ax]: [V, 19, 21, b] }, i] }, x]],
        [f, [ae, B]],
        [e, [{ fn: g, [ax]: [{ [aw]: "DisableAccessPoints" }, c] }, b]],
        [f, [ae, C]],
        [j, [ac], D],
        [q, [ab, b]],
        [f, [{ fn: g, [ax]: [{ fn: h, [ax]: [V, 26, 28, b] }, i] }, x]],
        [f, [{ fn: g, [ax]: [{ fn: h, [ax]: [V, 15, 17, b] }, i] }, x]],
        [v, [Z, "resourceId[4]"]],
        [f, [{ fn: g, [ax]: [{ fn: h, [ax]: [V, 20, 22, b] }, i] }, x]],
        [e, [{ [aw]: "UseGlobalEndpoint" }, b]],
        [f, [Y, E]],
        [v, au, n(1)],
        [e, [{ fn: g, [ax]: [{ [aw]: "UseArnRegion" }, b] }, b]],
        [q, [{ [aw]: n(1) }, c]],
        [v, [Z, "resourceId[2]"], F],
        [f, [Y, ac]],
        [f, [{ fn: v, [ax]: [{ [aw]: D }, G] }, W]],
        [e, [{ [aw]: "DisableMultiRegionAccessPoints" }, b]],
        [q, [ac, b]],
        [f, [{ fn: v, [ax]: [Z, "partition"] }, W]],
        [f, [af, i]],
        [f, [ae, H]],
        [q, [af, c]],
        [v, [Z, "resourceId[3]"], A(2)],
        [q, [ab, c]],
        [f, [{ [aw]: F }, z]],
        [q, [{ [aw]: A(2) }, c]]
    ],
    results: [
        [a],
        [a, "Accelerate cannot be used with FIPS"],
        [a, "Cannot set dual-stack in combination with a custom endpoint."],
        [a, "A custom endpoint cannot be combined with FIPS"],
        [a, "A custom endpoint cannot be combined with S3 Accelerate"],
        [a, "Partition does not support FIPS"],
        [a, "S3Express does not support S3 Accelerate."],
        ["{url#scheme}://{url#authority}/{uri_encoded_bucket}{url#path}", ag],
        [I, ag],
        [a, "S3Express bucket name is not a valid virtual hostable name."],
        ["https://s3express-control{_s3e_fips}{_s3e_ds}.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", ah],
        ["https://{Bucket}.s3express{_s3e_fips}-{s3expressAvailabilityZoneId}{_s3e_ds}.{Region}.{partitionResult#dnsSuffix}", ag],
        [a, "Unrecognized S3Express bucket name format."],
        [J, ag],
        ["https://s3express-control{_s3e_fips}{_s3e_ds}.{Region}.{partitionResult#dnsSuffix}", ah],
        [a, "Expected a endpoint to be specified but no endpoint was found"],
        ["https://{Bucket}.ec2.{url#authority}", ai],
        ["https://{Bucket}.ec2.s3-outposts.{Region}.{partitionResult#dnsSuffix}", ai],
        ["https://{Bucket}.op-{outpostId_ssa_2}.{url#authority}", ai],
        ["https://{Bucket}.op-{outpostId_ssa_2}.s3-outposts.{Region}.{partitionResult#dnsSuffix}", ai],
        [a, "Unrecognized hardware type: \"Expected hardware type o or e but got {hardwareType}\""],
        [a, "Invalid Outposts Bucket alias - it must be a valid bucket name."],
        [a, "Invalid ARN: The outpost Id must only contain a-z, A-Z, 0-9 and `-`."],
        [a, "Custom endpoint `{Endpoint}` was not a valid URI"],
        [a, "S3 Accelerate cannot be used in this region"],
        ["https://{Bucket}.s3-fips.dualstack.us-east-1.{partitionResult#dnsSuffix}", aj],
        ["https://{Bucket}.s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}", ak],
        ["https://{Bucket}.s3-fips.us-east-1.{partitionResult#dnsSuffix}", aj],
        ["https://{Bucket}.s3-fips.{Region}.{partitionResult#dnsSuffix}", ak],
        ["https://{Bucket}.s3-accelerate.dualstack.us-east-1.{partitionResult#dnsSuffix}", aj],
        ["https://{Bucket}.s3-accelerate.dualstack.{partitionResult#dnsSuffix}", ak],
        ["https://{Bucket}.s3.dualstack.us-east-1.{partitionResult#dnsSuffix}", aj],
        ["https://{Bucket}.s3.dualstack.{Region}.{partitionResult#dnsSuffix}", ak],
        [K, aj],
        [I, aj],
        [K, ak],
        [I, ak],
        [L, aj],
        [L, ak],
        [M, aj],
        [M, ak],
        ["https://{Bucket}.s3.{Region}.{partitionResult#dnsSuffix}", ak],
        [a, "Invalid region: region was not a valid DNS name."],
        [a, "S3 Object Lambda does not support Dual-stack"],
        [a, "S3 Object Lambda does not support S3 Accelerate"],
        [a, "Access points are not supported for this operation"],
        [a, "Invalid configuration: region from ARN `{bucketArn#region}` does not match client region `{Region}` and UseArnRegion is `false`"],
        [a, "Invalid ARN: Missing account id"],
        [N(1), al],
        ["https://{accessPointName_ssa_1}-{bucketArn#accountId}.s3-object-lambda-fips.{bucketArn#region}.{bucketPartition#dnsSuffix}", al],
        ["https://{accessPointName_ssa_1}-{bucketArn#accountId}.s3-object-lambda.{bucketArn#region}.{bucketPartition#dnsSuffix}", al],
        [a, O(1)],
        [a, "Invalid ARN: The account id may only contain a-z, A-Z, 0-9 and `-`. Found: `{bucketArn#accountId}`"],
        [a, "Invalid region in ARN: `{bucketArn#region}` (invalid DNS name)"],
        [a, "Client was configured for partition `{partitionResult#name}` but ARN (`{Bucket}`) has `{bucketPartition#name}`"],
        [a, "Invalid ARN: The ARN may only contain a single resource component after `accesspoint`."],
        [a, "Invalid ARN: bucket ARN is missing a region"],
        [a, "Invalid ARN: Expected a resource of the format `accesspoint:<accesspoint name>` but no name was provided"],
        [a, "Invalid ARN: Object Lambda ARNs only support `accesspoint` arn types, but found: `{arnType}`"],
        [a, "Access Points do not support S3 Accelerate"],
        ["https://{accessPointName_ssa_1}-{bucketArn#accountId}.s3-accesspoint-fips.dualstack.{bucketArn#region}.{bucketPartition#dnsSuffix}", am],
        ["https://{accessPointName_ssa_1}-{bucketArn#accountId}.s3-accesspoint-fips.{bucketArn#region}.{bucketPartition#dnsSuffix}", am],
        ["https://{accessPointName_ssa_1}-{bucketArn#accountId}.s3-accesspoint.dualstack.{bucketArn#region}.{bucketPartition#dnsSuffix}", am],
        [N(1), am],
        ["https://{accessPointName_ssa_1}-{bucketArn#accountId}.s3-accesspoint.{bucketArn#region}.{bucketPartition#dnsSuffix}", am],
        [a, "Invalid ARN: The ARN was not for the S3 service, found: {bucketArn#service}"],
        [a, "S3 MRAP does not support dual-stack"],
        [a, "S3 MRAP does not support FIPS"],
        [a, "S3 MRAP does not support S3 Accelerate"],
        [a, "Invalid configuration: Multi-Region Access Point ARNs are disabled."],
        ["https://{accessPointName_ssa_1}.accesspoint.s3-global.{partitionResult#dnsSuffix}", { [az]: [{ [aA]: b, name: P, [aB]: H, [aD]: av }] }],
        [a, "Client was configured for partition `{partitionResult#name}` but bucket referred to partition `{bucketArn#partition}`"],
        [a, "Invalid Access Point Name"],
        [a, "S3 Outposts does not support Dual-stack"],
        [a, "S3 Outposts does not support FIPS"],
        [a, "S3 Outposts does not support S3 Accelerate"],
        [a, "Invalid Arn: Outpost Access Point ARN contains sub resources"],
        ["https://{accessPointName_ssa_2}-{bucketArn#accountId}.{outpostId_ssa_1}.{url#authority}", an],
        ["https://{accessPointName_ssa_2}-{bucketArn#accountId}.{outpostId_ssa_1}.s3-outposts.{bucketArn#region}.{bucketPartition#dnsSuffix}", an],
        [a, O(2)],
        [a, "Expected an outpost type `accesspoint`, found {outpostType}"],
        [a, "Invalid ARN: expected an access point name"],
        [a, "Invalid ARN: Expected a 4-component resource"],
        [a, "Invalid ARN: The outpost Id may only contain a-z, A-Z, 0-9 and `-`. Found: `{outpostId_ssa_1}`"],
        [a, "Invalid ARN: The Outpost Id was not set"],
        [a, "Invalid ARN: Unrecognized format: {Bucket} (type: {arnType})"],
        [a, "Invalid ARN: No ARN type specified"],
        [a, "Invalid ARN: `{Bucket}` was not a valid ARN"],
        [a, "Path-style addressing cannot be used with ARN buckets"],
        ["https://s3-fips.dualstack.us-east-1.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", aj],
        ["https://s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", ak],
        ["https://s3-fips.us-east-1.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", aj],
        ["https://s3-fips.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", ak],
        ["https://s3.dualstack.us-east-1.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", aj],
        ["https://s3.dualstack.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", ak],
        [Q, aj],
        [Q, ak],
        [R, aj],
        [R, ak],
        ["https://s3.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", ak],
        [a, "Path-style addressing cannot be used with S3 Accelerate"],
        [J, ao],
        ["https://s3-object-lambda-fips.{Region}.{partitionResult#dnsSuffix}", ao],
        ["https://s3-object-lambda.{Region}.{partitionResult#dnsSuffix}", ao],
        ["https://s3-fips.dualstack.us-east-1.{partitionResult#dnsSuffix}", aj],
        ["https://s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}", ak],
        ["https://s3-fips.us-east-1.{partitionResult#dnsSuffix}", aj],
        ["https://s3-fips.{Region}.{partitionResult#dnsSuffix}", ak],
        ["https://s3.dualstack.us-east-1.{partitionResult#dnsSuffix}", aj],
        ["https://s3.dualstack.{Region}.{partitionResult#dnsSuffix}", ak],
        [J, aj],
        [J, ak],
        [S, aj],
        [S, ak],
        ["https://s3.{Region}.{partitionResult#dnsSuffix}", ak],
        [a, "A region must be set when sending requests to S3."]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 3, r + 115,
    1, 424, 4,
    2, 272, 5,
    3, 233, 6,
    4, 85, 7,
    5, 15, 8,
    8, 9, r + 115,
    16, 10, 13,
    18, 11, 13,
    19, 12, 13,
    22, r + 14, 13,
    35, 14, r + 42,
    36, r + 103, 435,
    6, 271, 16,
    7, 270, 17,
    8, 19, 18,
    14, 501, 106,
    9, 20, 24,
    10, 21, 24,
    11, 22, 24,
    12, 23, 24,
    13, 547, 24,
    14, 77, 25,
    20, 73, 26,
    26, 27, 78,
    37, 28, r + 86,
    38, r + 86, 29,
    39, 47, 30,
    48, r + 58, 31,
    50, 32, r + 85,
    51, 33, 136,
    55, r + 76, 34,
    59, 35, r + 84,
    60, 39, 36,
    61, 37, r + 83,
    62, 38, 146,
    63, 41, r + 46,
    61, 40, r + 83,
    62, 41, 150,
    64, 42, r + 54,
    66, 43, r + 53,
    70, 44, r + 52,
    71, 45, r + 81,
    73, 46, r + 80,
    74, r + 78, r + 79,
    40, 48, r + 57,
    41, r + 57, 49,
    42, 185, 50,
    48, 62, 51,
    49, r + 45, 52,
    51, 53, 526,
    60, 56, 54,
    62, r + 55, 55,
    63, 57, r + 46,
    62, r + 55, 57,
    64, 58, r + 54,
    66, 59, r + 53,
    69, 60, r + 65,
    70, 61, r + 52,
    72, r + 64, r + 51,
    49, r + 45, 63,
    51, 64, 526,
    60, 67, 65,
    62, r + 55, 66,
    63, 68, r + 46,
    62, r + 55, 68,
    64, 69, r + 54,
    66, 70, r + 53,
    68, r + 47, 71,
    70, 72, r + 52,
    72, r + 50, r + 51,
    25, 74, r + 42,
    46, r + 39, 75,
    57, 76, r + 41,
    58, r + 40, r + 41,
    26, r + 88, 78,
    28, r + 87, 79,
    34, 82, 80,
    35, 81, 545,
    36, r + 103, r + 115,
    46, r + 97, 83,
    57, 84, r + 99,
    58, r + 98, r + 99,
    5, 101, 86,
    8, 87, r + 115,
    16, 88, 89,
    18, 91, 89,
    19, 90, 92,
    21, 97, 95,
    19, 93, 92,
    21, 98, 95,
    21, 97, 94,
    22, r + 14, 95,
    35, 96, r + 42,
    36, r + 103, r + 42,
    22, r + 13, 98,
    35, 99, r + 42,
    36, r + 101, 100,
    46, r + 110, r + 111,
    6, 214, 102,
    7, 208, 103,
    8, 119, 104,
    14, 118, 105,
    21, 106, r + 23,
    26, 107, 502,
    37, 108, r + 86,
    38, r + 86, 109,
    39, 112, 110,
    48, r + 58, 111,
    50, 136, r + 85,
    40, 113, r + 57,
    41, r + 57, 114,
    42, 115, 500,
    48, r + 56, 116,
    52, 117, r + 72,
    65, r + 69, r + 72,
    21, 501, r + 23,
    9, 120, 124,
    10, 121, 124,
    11, 122, 124,
    12, 123, 124,
    13, 202, 124,
    14, 195, 125,
    20, 190, 126,
    21, 127, r + 23,
    23, 128, 129,
    24, 189, 129,
    26, 130, 197,
    37, 131, r + 86,
    38, r + 86, 132,
    39, 159, 133,
    48, r + 58, 134,
    50, 135, r + 85,
    51, 141, 136,
    55, r + 76, 137,
    59, 138, r + 84,
    60, r + 83, 139,
    61, 140, r + 83,
    63, r + 83, r + 46,
    55, r + 76, 142,
    59, 143, r + 84,
    60, 148, 144,
    61, 145, r + 83,
    62, 147, 146,
    63, 150, r + 46,
    63, 153, r + 46,
    61, 149, r + 83,
    62, 153, 150,
    64, 151, r + 54,
    66, 152, r + 53,
    70, r + 82, r + 52,
    64, 154, r + 54,
    66, 155, r + 53,
    70, 156, r + 52,
    71, 157, r + 81,
    73, 158, r + 80,
    74, r + 77, r + 79,
    40, 160, r + 57,
    41, r + 57, 161,
    42, 185, 162,
    48, 174, 163,
    49, r + 45, 164,
    51, 165, 526,
    60, 168, 166,
    62, r + 55, 167,
    63, 169, r + 46,
    62, r + 55, 169,
    64, 170, r + 54,
    66, 171, r + 53,
    69, 172, r + 65,
    70, 173, r + 52,
    72, r + 63, r + 51,
    49, r + 45, 175,
    51, 176, 526,
    60, 179, 177,
    62, r + 55, 178,
    63, 180, r + 46,
    62, r + 55, 180,
    64, 181, r + 54,
    66, 182, r + 53,
    68, r + 47, 183,
    70, 184, r + 52,
    72, r + 48, r + 51,
    48, r + 56, 186,
    52, 187, r + 72,
    65, r + 69, 188,
    67, r + 70, r + 71,
    25, r + 36, r + 42,
    21, 191, r + 23,
    25, 192, r + 42,
    30, 194, 193,
    46, r + 34, r + 36,
    46, r + 33, r + 35,
    21, 196, r + 23,
    26, r + 88, 197,
    28, r + 87, 198,
    34, 201, 199,
    35, 200, 545,
    36, r + 101, r + 115,
    46, r + 95, r + 96,
    17, 203, r + 22,
    20, 204, r + 21,
    21, 205, 550,
    33, 206, 550,
    44, r + 16, 207,
    45, r + 18, r + 20,
    8, 209, 215,
    16, 210, 220,
    18, 211, 220,
    19, 212, 224,
    20, 213, 227,
    21, 231, 401,
    8, 218, 215,
    19, 216, r + 9,
    20, 217, 227,
    21, 231, r + 9,
    16, 219, 220,
    18, 223, 220,
    19, 221, 224,
    20, 222, 227,
    21, 231, r + 12,
    19, 226, 224,
    20, 225, r + 9,
    21, r + 9, r + 12,
    20, 230, 227,
    21, 228, r + 9,
    30, 229, r + 9,
    34, r + 7, r + 9,
    21, 231, 415,
    30, 232, r + 8,
    34, r + 7, r + 8,
    4, r + 2, 234,
    5, 235, 480,
    6, 271, 236,
    7, 270, 237,
    8, 238, 491,
    9, 239, 243,
    10, 240, 243,
    11, 241, 243,
    12, 242, 243,
    13, 547, 243,
    14, 266, 244,
    20, 264, 245,
    26, 246, 267,
    37, 247, r + 86,
    38, r + 86, 248,
    39, 249, 518,
    40, 250, r + 57,
    41, r + 57, 251,
    42, 538, 252,
    48, r + 43, 253,
    49, r + 45, 254,
    51, 255, 526,
    60, 258, 256,
    62, r + 55, 257,
    63, 259, r + 46,
    62, r + 55, 259,
    64, 260, r + 54,
    66, 261, r + 53,
    69, 262, r + 65,
    70, 263, r + 52,
    72, r + 62, r + 51,
    25, 265, r + 42,
    46, r + 31, r + 32,
    26, r + 88, 267,
    28, r + 87, 268,
    34, 269, 544,
    46, r + 93, r + 94,
    8, 397, r + 9,
    8, 407, r + 9,
    3, 346, 273,
    4, r + 3, 274,
    5, 284, 275,
    8, 276, r + 115,
    15, r + 5, 277,
    16, 278, 281,
    18, 279, 281,
    19, 280, 281,
    22, r + 14, 281,
    35, 282, r + 42,
    36, r + 102, 283,
    46, r + 106, r + 107,
    6, 405, 285,
    7, 395, 286,
    8, 295, 287,
    14, 501, 288,
    26, 289, 502,
    37, 290, r + 86,
    38, r + 86, 291,
    39, 292, 307,
    40, 293, r + 57,
    41, r + 57, 294,
    42, 335, 500,
    9, 296, 300,
    10, 297, 300,
    11, 298, 300,
    12, 299, 300,
    13, 394, 300,
    14, 339, 301,
    15, r + 5, 302,
    20, 337, 303,
    26, 304, 341,
    37, 305, r + 86,
    38, r + 86, 306,
    39, 309, 307,
    48, r + 58, 308,
    50, r + 74, r + 85,
    40, 310, r + 57,
    41, r + 57, 311,
    42, 335, 312,
    48, 324, 313,
    49, r + 45, 314,
    51, 315, 526,
    60, 318, 316,
    62, r + 55, 317,
    63, 319, r + 46,
    62, r + 55, 319,
    64, 320, r + 54,
    66, 321, r + 53,
    69, 322, r + 65,
    70, 323, r + 52,
    72, r + 61, r + 51,
    49, r + 45, 325,
    51, 326, 526,
    60, 329, 327,
    62, r + 55, 328,
    63, 330, r + 46,
    62, r + 55, 330,
    64, 331, r + 54,
    66, 332, r + 53,
    68, r + 47, 333,
    70, 334, r + 52,
    72, r + 49, r + 51,
    48, r + 56, 336,
    52, r + 67, r + 72,
    25, 338, r + 42,
    46, r + 27, r + 28,
    15, r + 5, 340,
    26, r + 88, 341,
    28, r + 87, 342,
    34, 345, 343,
    35, 344, 545,
    36, r + 102, r + 115,
    46, r + 91, r + 92,
    4, r + 2, 347,
    5, 357, 348,
    8, 349, r + 115,
    15, r + 5, 350,
    16, 351, 354,
    18, 352, 354,
    19, 353, 354,
    22, r + 14, 354,
    35, 355, r + 42,
    36, r + 43, 356,
    46, r + 104, r + 105,
    6, 405, 358,
    7, 395, 359,
    8, 360, 491,
    9, 361, 365,
    10, 362, 365,
    11, 363, 365,
    12, 364, 365,
    13, 394, 365,
    14, 389, 366,
    15, r + 5, 367,
    20, 387, 368,
    26, 369, 391,
    37, 370, r + 86,
    38, r + 86, 371,
    39, 372, 518,
    40, 373, r + 57,
    41, r + 57, 374,
    42, 538, 375,
    48, r + 43, 376,
    49, r + 45, 377,
    51, 378, 526,
    60, 381, 379,
    62, r + 55, 380,
    63, 382, r + 46,
    62, r + 55, 382,
    64, 383, r + 54,
    66, 384, r + 53,
    69, 385, r + 65,
    70, 386, r + 52,
    72, r + 60, r + 51,
    25, 388, r + 42,
    46, r + 25, r + 26,
    15, r + 5, 390,
    26, r + 88, 391,
    28, r + 87, 392,
    34, 393, 544,
    46, r + 89, r + 90,
    15, r + 5, 547,
    8, 396, r + 9,
    15, r + 5, 397,
    16, 398, 410,
    18, 399, 410,
    19, 400, 410,
    20, 401, r + 9,
    27, 402, r + 12,
    29, r + 11, 403,
    31, r + 11, 404,
    32, r + 11, 422,
    8, 406, r + 9,
    15, r + 5, 407,
    16, 408, 410,
    18, 409, 410,
    19, 411, 410,
    20, r + 12, r + 9,
    20, 414, 412,
    22, 413, r + 9,
    34, r + 10, r + 9,
    22, 416, 415,
    27, 419, r + 12,
    27, 418, 417,
    34, r + 10, r + 12,
    34, r + 10, 419,
    43, r + 11, 420,
    47, r + 11, 421,
    53, r + 11, 422,
    54, r + 11, 423,
    56, r + 11, r + 12,
    2, r + 1, 425,
    3, 478, 426,
    4, r + 4, 427,
    5, 438, 428,
    8, 429, r + 115,
    16, 430, 433,
    18, 431, 433,
    19, 432, 433,
    22, r + 14, 433,
    35, 434, r + 42,
    36, r + 44, 435,
    46, r + 112, 436,
    57, 437, r + 114,
    58, r + 113, r + 114,
    6, r + 6, 439,
    7, r + 6, 440,
    8, 450, 441,
    14, 501, 442,
    26, 443, 502,
    37, 444, r + 86,
    38, r + 86, 445,
    39, 446, 465,
    40, 447, r + 57,
    41, r + 57, 448,
    42, 471, 449,
    48, r + 44, 500,
    9, 451, 455,
    10, 452, 455,
    11, 453, 455,
    12, 454, 455,
    13, 547, 455,
    14, 473, 456,
    15, 460, 457,
    20, 458, 461,
    25, 459, r + 42,
    46, r + 37, r + 38,
    20, 540, 461,
    26, 462, 474,
    37, 463, r + 86,
    38, r + 86, 464,
    39, 467, 465,
    48, r + 58, 466,
    50, r + 75, r + 85,
    40, 468, r + 57,
    41, r + 57, 469,
    42, 471, 470,
    48, r + 44, 524,
    48, r + 44, 472,
    52, r + 68, r + 72,
    26, r + 88, 474,
    28, r + 87, 475,
    34, r + 100, 476,
    35, 477, 545,
    36, r + 44, r + 115,
    4, r + 2, 479,
    5, 488, 480,
    8, 481, r + 115,
    16, 482, 485,
    18, 483, 485,
    19, 484, 485,
    22, r + 14, 485,
    35, 486, r + 42,
    36, r + 43, 487,
    46, r + 108, r + 109,
    6, r + 6, 489,
    7, r + 6, 490,
    8, 503, 491,
    14, 501, 492,
    26, 493, 502,
    37, 494, r + 86,
    38, r + 86, 495,
    39, 496, 518,
    40, 497, r + 57,
    41, r + 57, 498,
    42, 538, 499,
    48, r + 43, 500,
    49, r + 45, 526,
    26, r + 88, 502,
    28, r + 87, r + 115,
    9, 504, 508,
    10, 505, 508,
    11, 506, 508,
    12, 507, 508,
    13, 547, 508,
    14, 541, 509,
    15, 513, 510,
    20, 511, 514,
    25, 512, r + 42,
    46, r + 29, r + 30,
    20, 540, 514,
    26, 515, 542,
    37, 516, r + 86,
    38, r + 86, 517,
    39, 520, 518,
    48, r + 58, 519,
    50, r + 73, r + 85,
    40, 521, r + 57,
    41, r + 57, 522,
    42, 538, 523,
    48, r + 43, 524,
    49, r + 45, 525,
    51, 529, 526,
    60, r + 55, 527,
    62, r + 55, 528,
    63, r + 55, r + 46,
    60, 532, 530,
    62, r + 55, 531,
    63, 533, r + 46,
    62, r + 55, 533,
    64, 534, r + 54,
    66, 535, r + 53,
    69, 536, r + 65,
    70, 537, r + 52,
    72, r + 59, r + 51,
    48, r + 43, 539,
    52, r + 66, r + 72,
    25, r + 24, r + 42,
    26, r + 88, 542,
    28, r + 87, 543,
    34, r + 100, 544,
    35, 546, 545,
    36, r + 42, r + 115,
    36, r + 43, r + 115,
    17, 548, r + 22,
    20, 549, r + 21,
    33, 552, 550,
    44, r + 17, 551,
    45, r + 19, r + 20,
    44, r + 15, 553,
    45, r + 15, r + 20,
]);
const bdd = BinaryDecisionDiagram/* BinaryDecisionDiagram */.d.from(nodes, root, _data.conditions, _data.results);

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/endpoint/endpointResolver.js



const cache = new EndpointCache/* EndpointCache */.k({
    size: 50,
    params: [
        "Accelerate",
        "Bucket",
        "DisableAccessPoints",
        "DisableMultiRegionAccessPoints",
        "DisableS3ExpressSessionAuth",
        "Endpoint",
        "ForcePathStyle",
        "Region",
        "UseArnRegion",
        "UseDualStack",
        "UseFIPS",
        "UseGlobalEndpoint",
        "UseObjectLambdaEndpoint",
        "UseS3ExpressControlEndpoint",
    ],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => (0,decideEndpoint/* decideEndpoint */.c)(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions/* customEndpointFunctions */.m.aws = aws/* awsEndpointFunctions */.U;

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/auth/httpAuthSchemeProvider.js





const createEndpointRuleSetHttpAuthSchemeParametersProvider = (defaultHttpAuthSchemeParametersProvider) => async (config, context, input) => {
    if (!input) {
        throw new Error("Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");
    }
    const defaultParameters = await defaultHttpAuthSchemeParametersProvider(config, context, input);
    const instructionsFn = (0,getSmithyContext/* getSmithyContext */.u)(context)?.commandInstance?.constructor
        ?.getEndpointParameterInstructions;
    if (!instructionsFn) {
        throw new Error(`getEndpointParameterInstructions() is not defined on '${context.commandName}'`);
    }
    const endpointParameters = await (0,getEndpointFromInstructions/* resolveParams */.x)(input, { getEndpointParameterInstructions: instructionsFn }, config);
    return Object.assign(defaultParameters, endpointParameters);
};
const _defaultS3HttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: (0,getSmithyContext/* getSmithyContext */.u)(context).operation,
        region: await (0,normalizeProvider/* normalizeProvider */.t)(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
const defaultS3HttpAuthSchemeParametersProvider = createEndpointRuleSetHttpAuthSchemeParametersProvider(_defaultS3HttpAuthSchemeParametersProvider);
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "s3",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
function createAwsAuthSigv4aHttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4a",
        signingProperties: {
            name: "s3",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const createEndpointRuleSetHttpAuthSchemeProvider = (defaultEndpointResolver, defaultHttpAuthSchemeResolver, createHttpAuthOptionFunctions) => {
    const endpointRuleSetHttpAuthSchemeProvider = (authParameters) => {
        const endpoint = defaultEndpointResolver(authParameters);
        const authSchemes = endpoint.properties?.authSchemes;
        if (!authSchemes) {
            return defaultHttpAuthSchemeResolver(authParameters);
        }
        const options = [];
        for (const scheme of authSchemes) {
            const { name: resolvedName, properties = {}, ...rest } = scheme;
            const name = resolvedName.toLowerCase();
            if (resolvedName !== name) {
                console.warn(`HttpAuthScheme has been normalized with lowercasing: '${resolvedName}' to '${name}'`);
            }
            let schemeId;
            if (name === "sigv4a") {
                schemeId = "aws.auth#sigv4a";
                const sigv4Present = authSchemes.find((s) => {
                    const name = s.name.toLowerCase();
                    return name !== "sigv4a" && name.startsWith("sigv4");
                });
                if (SignatureV4MultiRegion/* SignatureV4MultiRegion */.W.sigv4aDependency() === "none" && sigv4Present) {
                    continue;
                }
            }
            else if (name.startsWith("sigv4")) {
                schemeId = "aws.auth#sigv4";
            }
            else {
                throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${name}'`);
            }
            const createOption = createHttpAuthOptionFunctions[schemeId];
            if (!createOption) {
                throw new Error(`Could not find HttpAuthOption create function for '${schemeId}'`);
            }
            const option = createOption(authParameters);
            option.schemeId = schemeId;
            option.signingProperties = { ...(option.signingProperties || {}), ...rest, ...properties };
            options.push(option);
        }
        return options;
    };
    return endpointRuleSetHttpAuthSchemeProvider;
};
const _defaultS3HttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
            options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
        }
    }
    return options;
};
const defaultS3HttpAuthSchemeProvider = createEndpointRuleSetHttpAuthSchemeProvider(defaultEndpointResolver, _defaultS3HttpAuthSchemeProvider, {
    "aws.auth#sigv4": createAwsAuthSigv4HttpAuthOption,
    "aws.auth#sigv4a": createAwsAuthSigv4aHttpAuthOption,
});
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = (0,httpAuthSchemes/* resolveAwsSdkSigV4Config */.ho)(config);
    const config_1 = (0,resolveAwsSdkSigV4AConfig/* resolveAwsSdkSigV4AConfig */.O)(config_0);
    return Object.assign(config_1, {
        authSchemePreference: (0,normalizeProvider/* normalizeProvider */.t)(config.authSchemePreference ?? []),
    });
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commandBuilder.js + 34 modules
var commandBuilder = __webpack_require__(8229);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/schemas/schemas_0.js
var schemas_0 = __webpack_require__(3159);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/CreateSessionCommand.js


class CreateSessionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep4 */.zr, commandBuilder/* _mw0 */.yt, "CreateSession", schemas_0/* CreateSession$ */.Nsl) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(4500);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/package.json
const package_namespaceObject = {"rE":"3.1175.0"};
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/stringUnionSelector.js
var SelectorType;
(function (SelectorType) {
    SelectorType["ENV"] = "env";
    SelectorType["CONFIG"] = "shared config entry";
})(SelectorType || (SelectorType = {}));
const stringUnionSelector = (obj, key, union, type) => {
    if (!(key in obj)) {
        return undefined;
    }
    const value = obj[key].toUpperCase();
    if (!Object.values(union).includes(value)) {
        throw new TypeError(`Cannot load ${type} '${key}'. Expected one of ${Object.values(union)}, got '${obj[key]}'.`);
    }
    return value;
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/NODE_REQUEST_CHECKSUM_CALCULATION_CONFIG_OPTIONS.js


const ENV_REQUEST_CHECKSUM_CALCULATION = "AWS_REQUEST_CHECKSUM_CALCULATION";
const CONFIG_REQUEST_CHECKSUM_CALCULATION = "request_checksum_calculation";
const NODE_REQUEST_CHECKSUM_CALCULATION_CONFIG_OPTIONS = {
    environmentVariableSelector: (env) => stringUnionSelector(env, ENV_REQUEST_CHECKSUM_CALCULATION, constants/* RequestChecksumCalculation */.UQ, SelectorType.ENV),
    configFileSelector: (profile) => stringUnionSelector(profile, CONFIG_REQUEST_CHECKSUM_CALCULATION, constants/* RequestChecksumCalculation */.UQ, SelectorType.CONFIG),
    default: constants/* DEFAULT_REQUEST_CHECKSUM_CALCULATION */.WK,
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/NODE_RESPONSE_CHECKSUM_VALIDATION_CONFIG_OPTIONS.js


const ENV_RESPONSE_CHECKSUM_VALIDATION = "AWS_RESPONSE_CHECKSUM_VALIDATION";
const CONFIG_RESPONSE_CHECKSUM_VALIDATION = "response_checksum_validation";
const NODE_RESPONSE_CHECKSUM_VALIDATION_CONFIG_OPTIONS = {
    environmentVariableSelector: (env) => stringUnionSelector(env, ENV_RESPONSE_CHECKSUM_VALIDATION, constants/* ResponseChecksumValidation */.G7, SelectorType.ENV),
    configFileSelector: (profile) => stringUnionSelector(profile, CONFIG_RESPONSE_CHECKSUM_VALIDATION, constants/* ResponseChecksumValidation */.G7, SelectorType.CONFIG),
    default: constants/* DEFAULT_RESPONSE_CHECKSUM_VALIDATION */.In,
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/client/emitWarningIfUnsupportedVersion.js
var emitWarningIfUnsupportedVersion = __webpack_require__(5477);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/client/util-user-agent-node/defaultUserAgent.js + 4 modules
var defaultUserAgent = __webpack_require__(2217);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/client/util-user-agent-node/nodeAppIdConfigOptions.js
var nodeAppIdConfigOptions = __webpack_require__(7652);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/aws_sdk/NODE_AUTH_SCHEME_PREFERENCE_OPTIONS.js + 2 modules
var NODE_AUTH_SCHEME_PREFERENCE_OPTIONS = __webpack_require__(2628);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-provider-node/dist-es/defaultProvider.js + 2 modules
var defaultProvider = __webpack_require__(9882);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/NodeUseArnRegionConfigOptions.js

const NODE_USE_ARN_REGION_ENV_NAME = "AWS_S3_USE_ARN_REGION";
const NODE_USE_ARN_REGION_INI_NAME = "s3_use_arn_region";
const NODE_USE_ARN_REGION_CONFIG_OPTIONS = {
    environmentVariableSelector: (env) => (0,booleanSelector/* booleanSelector */.Q)(env, NODE_USE_ARN_REGION_ENV_NAME, types/* SelectorType */.c.ENV),
    configFileSelector: (profile) => (0,booleanSelector/* booleanSelector */.Q)(profile, NODE_USE_ARN_REGION_INI_NAME, types/* SelectorType */.c.CONFIG),
    default: undefined,
};

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/serde/util-utf8/toUint8Array.js
var toUint8Array = __webpack_require__(3243);
;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/checksum/hash-stream-node/HashCalculator.js


class HashCalculator extends external_node_stream_.Writable {
    hash;
    constructor(hash, options) {
        super(options);
        this.hash = hash;
    }
    _write(chunk, encoding, callback) {
        try {
            this.hash.update((0,toUint8Array/* toUint8Array */.F)(chunk));
        }
        catch (err) {
            return callback(err);
        }
        callback();
    }
}

;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/checksum/hash-stream-node/readableStreamHasher.js

const readableStreamHasher = (hashCtor, readableStream) => {
    if (readableStream.readableFlowing !== null) {
        throw new Error("Unable to calculate hash for flowing readable stream");
    }
    const hash = new hashCtor();
    const hashCalculator = new HashCalculator(hash);
    readableStream.pipe(hashCalculator);
    return new Promise((resolve, reject) => {
        readableStream.on("error", (err) => {
            hashCalculator.end();
            reject(err);
        });
        hashCalculator.on("error", reject);
        hashCalculator.on("finish", () => {
            hash.digest().then(resolve).catch(reject);
        });
    });
};

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/client/smithy-client/emitWarningIfUnsupportedVersion.js
var smithy_client_emitWarningIfUnsupportedVersion = __webpack_require__(1034);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/client/smithy-client/defaults-mode.js
var defaults_mode = __webpack_require__(479);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/config/defaults-mode/resolveDefaultsModeConfig.js + 1 modules
var resolveDefaultsModeConfig = __webpack_require__(8234);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/config/node-config-provider/configLoader.js + 5 modules
var configLoader = __webpack_require__(3945);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/config/config-resolver/regionConfig/config.js
var regionConfig_config = __webpack_require__(6152);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/config/config-resolver/endpointsConfig/NodeUseDualstackEndpointConfigOptions.js
var NodeUseDualstackEndpointConfigOptions = __webpack_require__(7580);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/config/config-resolver/endpointsConfig/NodeUseFipsEndpointConfigOptions.js
var NodeUseFipsEndpointConfigOptions = __webpack_require__(4254);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-serde/EventStreamMarshaller.js + 11 modules
var EventStreamMarshaller = __webpack_require__(1460);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/retry/util-retry/config.js
var util_retry_config = __webpack_require__(4353);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/serde/util-body-length/calculateBodyLength.js
var calculateBodyLength = __webpack_require__(2127);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-es/node-http-handler.js + 12 modules
var node_http_handler = __webpack_require__(9607);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/serde/util-stream/stream-collector.js
var stream_collector = __webpack_require__(6660);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/checksums/dist-es/submodules/sha/sha1/Sha1Js.js

const BLOCK = 64;
const DIGEST_LENGTH = 20;
const INIT = new Int32Array([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0]);
const Sha1Js_K = new Int32Array([0x5a827999, 0x6ed9eba1, 0x8f1bbcdc, 0xca62c1d6]);
class Sha1Js {
    digestLength = DIGEST_LENGTH;
    state = Int32Array.from(INIT);
    w;
    buffer = new Uint8Array(BLOCK);
    bufferLength = 0;
    bytesHashed = 0;
    finished = false;
    inner;
    outer;
    constructor(secret) {
        if (secret) {
            const key = Sha1Js.normalizeKey(secret);
            this.inner = new Sha1Js();
            this.outer = new Sha1Js();
            const pad = new Uint8Array(BLOCK * 2);
            for (let i = 0; i < BLOCK; ++i) {
                pad[i] = 0x36 ^ key[i];
                pad[i + BLOCK] = 0x5c ^ key[i];
            }
            this.inner.update(pad.subarray(0, BLOCK));
            this.outer.update(pad.subarray(BLOCK));
        }
    }
    update(data) {
        if (this.finished) {
            throw new Error("Attempted to update an already finished HMAC.");
        }
        if (this.inner) {
            this.inner.update(data);
            return;
        }
        let pos = 0;
        let { length } = data;
        this.bytesHashed += length;
        if (this.bufferLength > 0) {
            while (length > 0 && this.bufferLength < BLOCK) {
                this.buffer[this.bufferLength++] = data[pos++];
                --length;
            }
            if (this.bufferLength === BLOCK) {
                this.hashBuffer(this.buffer, 0);
                this.bufferLength = 0;
            }
        }
        while (length >= BLOCK) {
            this.hashBuffer(data, pos);
            pos += BLOCK;
            length -= BLOCK;
        }
        while (length > 0) {
            this.buffer[this.bufferLength++] = data[pos++];
            --length;
        }
    }
    async digest() {
        if (this.inner && this.outer) {
            if (this.finished) {
                throw new Error("Attempted to digest an already finished HMAC.");
            }
            this.finished = true;
            const innerDigest = this.inner.digestSync();
            this.outer.update(innerDigest);
            return this.outer.digestSync();
        }
        return this.digestSync();
    }
    reset() {
        this.state = Int32Array.from(INIT);
        this.buffer = new Uint8Array(BLOCK);
        this.bufferLength = 0;
        this.bytesHashed = 0;
    }
    digestSync() {
        const state = this.state.slice();
        const buffer = this.buffer.slice();
        let bufferLength = this.bufferLength;
        const bitsHi = (this.bytesHashed / 0x20000000) | 0;
        const bitsLo = this.bytesHashed << 3;
        buffer[bufferLength++] = 0x80;
        if (bufferLength > BLOCK - 8) {
            for (let i = bufferLength; i < BLOCK; ++i) {
                buffer[i] = 0;
            }
            this.hashBufferWith(state, buffer, 0);
            bufferLength = 0;
        }
        for (let i = bufferLength; i < BLOCK - 8; ++i) {
            buffer[i] = 0;
        }
        const v = new DataView(buffer.buffer, buffer.byteOffset, BLOCK);
        v.setUint32(BLOCK - 8, bitsHi, false);
        v.setUint32(BLOCK - 4, bitsLo, false);
        this.hashBufferWith(state, buffer, 0);
        const out = new Uint8Array(DIGEST_LENGTH);
        out[0] = (state[0] >>> 24) & 0xff;
        out[1] = (state[0] >>> 16) & 0xff;
        out[2] = (state[0] >>> 8) & 0xff;
        out[3] = state[0] & 0xff;
        out[4] = (state[1] >>> 24) & 0xff;
        out[5] = (state[1] >>> 16) & 0xff;
        out[6] = (state[1] >>> 8) & 0xff;
        out[7] = state[1] & 0xff;
        out[8] = (state[2] >>> 24) & 0xff;
        out[9] = (state[2] >>> 16) & 0xff;
        out[10] = (state[2] >>> 8) & 0xff;
        out[11] = state[2] & 0xff;
        out[12] = (state[3] >>> 24) & 0xff;
        out[13] = (state[3] >>> 16) & 0xff;
        out[14] = (state[3] >>> 8) & 0xff;
        out[15] = state[3] & 0xff;
        out[16] = (state[4] >>> 24) & 0xff;
        out[17] = (state[4] >>> 16) & 0xff;
        out[18] = (state[4] >>> 8) & 0xff;
        out[19] = state[4] & 0xff;
        return out;
    }
    static normalizeKey(secret) {
        const key = (0,toUint8Array/* toUint8Array */.F)(secret);
        if (key.byteLength > BLOCK) {
            const h = new Sha1Js();
            h.update(key);
            const digest = h.digestSync();
            const padded = new Uint8Array(BLOCK);
            padded.set(digest);
            return padded;
        }
        const padded = new Uint8Array(BLOCK);
        padded.set(key);
        return padded;
    }
    hashBuffer(data, offset) {
        this.hashBufferWith(this.state, data, offset);
    }
    hashBufferWith(state, data, offset) {
        const w = (this.w ??= new Int32Array(80));
        let s0 = state[0], s1 = state[1], s2 = state[2], s3 = state[3], s4 = state[4];
        for (let t = 0; t < 16; ++t) {
            w[t] =
                ((data[offset + t * 4] & 0xff) << 24) |
                    ((data[offset + t * 4 + 1] & 0xff) << 16) |
                    ((data[offset + t * 4 + 2] & 0xff) << 8) |
                    (data[offset + t * 4 + 3] & 0xff);
        }
        for (let t = 16; t < 80; ++t) {
            const x = w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16];
            w[t] = (x << 1) | (x >>> 31);
        }
        for (let t = 0; t < 80; ++t) {
            const r = t < 20 ? 0 : t < 40 ? 1 : t < 60 ? 2 : 3;
            const temp = (((((s0 << 5) | (s0 >>> 27)) +
                (r === 0 ? (s1 & s2) ^ (~s1 & s3) : r === 2 ? (s1 & s2) ^ (s1 & s3) ^ (s2 & s3) : s1 ^ s2 ^ s3)) |
                0) +
                ((s4 + ((Sha1Js_K[r] + w[t]) | 0)) | 0)) |
                0;
            s4 = s3;
            s3 = s2;
            s2 = (s1 << 30) | (s1 >>> 2);
            s1 = s0;
            s0 = temp;
        }
        state[0] = (state[0] + s0) | 0;
        state[1] = (state[1] + s1) | 0;
        state[2] = (state[2] + s2) | 0;
        state[3] = (state[3] + s3) | 0;
        state[4] = (state[4] + s4) | 0;
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/checksums/dist-es/submodules/sha/sha1/Sha1Node.js


const hasNativeCrypto = (() => {
    try {
        (0,external_node_crypto_.createHash)("sha1");
        return true;
    }
    catch {
        return false;
    }
})();
const Sha1Node = hasNativeCrypto ? buildNativeClass() : Sha1Js;
function buildNativeClass() {
    return class Sha1Node {
        digestLength = 20;
        secret;
        hash;
        isHmac;
        finished = false;
        constructor(secret) {
            this.secret = secret;
            this.isHmac = !!secret;
            this.hash = this.createHash();
        }
        update(data) {
            if (this.finished) {
                throw new Error("Attempted to update an already finished hash.");
            }
            this.hash.update(data);
        }
        async digest() {
            let buf;
            if (this.isHmac) {
                this.finished = true;
                buf = this.hash.digest();
            }
            else {
                buf = this.hash.copy().digest();
            }
            return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
        }
        reset() {
            this.hash = this.createHash();
            this.finished = false;
        }
        createHash() {
            return this.secret ? (0,external_node_crypto_.createHmac)("sha1", toBuffer(this.secret)) : (0,external_node_crypto_.createHash)("sha1");
        }
    };
}
function toBuffer(data) {
    if (typeof data === "string") {
        return data;
    }
    if (ArrayBuffer.isView(data)) {
        return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    }
    return Buffer.from(data);
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/aws_sdk/AwsSdkSigV4Signer.js + 2 modules
var AwsSdkSigV4Signer = __webpack_require__(2526);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/aws_sdk/AwsSdkSigV4ASigner.js
var AwsSdkSigV4ASigner = __webpack_require__(4881);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/protocols/HttpBindingProtocol.js + 1 modules
var HttpBindingProtocol = __webpack_require__(5676);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/protocols/serde/HttpInterceptingShapeSerializer.js + 2 modules
var HttpInterceptingShapeSerializer = __webpack_require__(1547);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/protocols/serde/HttpInterceptingShapeDeserializer.js
var HttpInterceptingShapeDeserializer = __webpack_require__(6214);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/schema/schemas/NormalizedSchema.js
var NormalizedSchema = __webpack_require__(5125);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/protocols/ProtocolLib.js
var ProtocolLib = __webpack_require__(4017);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/protocols/xml/parseXmlBody.js



const parseXmlBody = (streamBody, context) => collectBodyString(streamBody, context).then((encoded) => {
    if (encoded.length) {
        let parsedObj;
        try {
            parsedObj = parseXML(encoded);
        }
        catch (e) {
            if (e && typeof e === "object") {
                Object.defineProperty(e, "$responseBodyText", {
                    value: encoded,
                });
            }
            throw e;
        }
        const textNodeName = "#text";
        const key = Object.keys(parsedObj)[0];
        const parsedObjToReturn = parsedObj[key];
        if (parsedObjToReturn[textNodeName]) {
            parsedObjToReturn[key] = parsedObjToReturn[textNodeName];
            delete parsedObjToReturn[textNodeName];
        }
        return getValueFromTextNode(parsedObjToReturn);
    }
    return {};
});
const parseXmlErrorBody = async (errorBody, context) => {
    const value = await parseXmlBody(errorBody, context);
    if (value.Error) {
        value.Error.message = value.Error.message ?? value.Error.Message;
    }
    return value;
};
const loadRestXmlErrorCode = (output, data) => {
    if (data?.Error?.Code !== undefined) {
        return data.Error.Code;
    }
    if (data?.Code !== undefined) {
        return data.Code;
    }
    if (output.statusCode == 404) {
        return "NotFound";
    }
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/protocols/ConfigurableSerdeContext.js
var ConfigurableSerdeContext = __webpack_require__(6881);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/protocols/xml/XmlShapeDeserializer.js + 4 modules
var XmlShapeDeserializer = __webpack_require__(6273);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/xml-builder/dist-es/escape-attribute.js
const ATTR_ESCAPE_RE = /[&<>"]/g;
const ATTR_ESCAPE_MAP = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
};
function escapeAttribute(value) {
    return value.replace(ATTR_ESCAPE_RE, (ch) => ATTR_ESCAPE_MAP[ch]);
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/xml-builder/dist-es/escape-element.js
const ELEMENT_ESCAPE_RE = /[&"'<>\r\n\u0085\u2028]/g;
const ELEMENT_ESCAPE_MAP = {
    "&": "&amp;",
    '"': "&quot;",
    "'": "&apos;",
    "<": "&lt;",
    ">": "&gt;",
    "\r": "&#x0D;",
    "\n": "&#x0A;",
    "\u0085": "&#x85;",
    "\u2028": "&#x2028;",
};
function escapeElement(value) {
    return value.replace(ELEMENT_ESCAPE_RE, (ch) => ELEMENT_ESCAPE_MAP[ch]);
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/xml-builder/dist-es/XmlText.js

class XmlText {
    value;
    constructor(value) {
        this.value = value;
    }
    toString() {
        return escapeElement("" + this.value);
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/xml-builder/dist-es/XmlNode.js


class XmlNode {
    name;
    children;
    attributes = {};
    static of(name, childText, withName) {
        const node = new XmlNode(name);
        if (childText !== undefined) {
            node.addChildNode(new XmlText(childText));
        }
        if (withName !== undefined) {
            node.withName(withName);
        }
        return node;
    }
    constructor(name, children = []) {
        this.name = name;
        this.children = children;
    }
    withName(name) {
        this.name = name;
        return this;
    }
    addAttribute(name, value) {
        this.attributes[name] = value;
        return this;
    }
    addChildNode(child) {
        this.children.push(child);
        return this;
    }
    removeAttribute(name) {
        delete this.attributes[name];
        return this;
    }
    n(name) {
        this.name = name;
        return this;
    }
    c(child) {
        this.children.push(child);
        return this;
    }
    a(name, value) {
        if (value != null) {
            this.attributes[name] = value;
        }
        return this;
    }
    cc(input, field, withName = field) {
        if (input[field] != null) {
            const node = XmlNode.of(field, input[field]).withName(withName);
            this.c(node);
        }
    }
    l(input, listName, memberName, valueProvider) {
        if (input[listName] != null) {
            const nodes = valueProvider();
            nodes.map((node) => {
                node.withName(memberName);
                this.c(node);
            });
        }
    }
    lc(input, listName, memberName, valueProvider) {
        if (input[listName] != null) {
            const nodes = valueProvider();
            const containerNode = new XmlNode(memberName);
            nodes.map((node) => {
                containerNode.c(node);
            });
            this.c(containerNode);
        }
    }
    toString() {
        const hasChildren = Boolean(this.children.length);
        let xmlText = `<${this.name}`;
        const attributes = this.attributes;
        for (const attributeName of Object.keys(attributes)) {
            const attribute = attributes[attributeName];
            if (attribute != null) {
                xmlText += ` ${attributeName}="${escapeAttribute("" + attribute)}"`;
            }
        }
        return (xmlText += !hasChildren ? "/>" : `>${this.children.map((c) => c.toString()).join("")}</${this.name}>`);
    }
}

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/protocols/serde/determineTimestampFormat.js
var determineTimestampFormat = __webpack_require__(3888);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/serde/date-utils.js + 1 modules
var date_utils = __webpack_require__(5393);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/serde/util-base64/fromBase64.js
var fromBase64 = __webpack_require__(9700);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/serde/util-base64/toBase64.js
var toBase64 = __webpack_require__(7305);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/serde/value/NumericValue.js
var NumericValue = __webpack_require__(7004);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/serde/index.js + 2 modules
var serde = __webpack_require__(7297);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/protocols/xml/XmlShapeSerializer.js






class XmlShapeSerializer extends ConfigurableSerdeContext/* SerdeContextConfig */.B {
    settings;
    stringBuffer;
    byteBuffer;
    buffer;
    constructor(settings) {
        super();
        this.settings = settings;
    }
    write(schema, value) {
        const ns = NormalizedSchema/* NormalizedSchema */.l1.of(schema);
        if (ns.isStringSchema() && typeof value === "string") {
            this.stringBuffer = value;
        }
        else if (ns.isBlobSchema()) {
            this.byteBuffer =
                "byteLength" in value
                    ? value
                    : (this.serdeContext?.base64Decoder ?? fromBase64/* fromBase64 */.E)(value);
        }
        else {
            this.buffer = this.writeStruct(ns, value, undefined);
            const traits = ns.getMergedTraits();
            if (traits.httpPayload && !traits.xmlName) {
                this.buffer.withName(ns.getName());
            }
        }
    }
    flush() {
        if (this.byteBuffer !== undefined) {
            const bytes = this.byteBuffer;
            delete this.byteBuffer;
            return bytes;
        }
        if (this.stringBuffer !== undefined) {
            const str = this.stringBuffer;
            delete this.stringBuffer;
            return str;
        }
        const buffer = this.buffer;
        if (this.settings.xmlNamespace) {
            if (!buffer?.attributes?.["xmlns"]) {
                buffer.addAttribute("xmlns", this.settings.xmlNamespace);
            }
        }
        delete this.buffer;
        return buffer.toString();
    }
    writeStruct(ns, value, parentXmlns) {
        const traits = ns.getMergedTraits();
        const name = ns.isMemberSchema() && !traits.httpPayload
            ? (ns.getMemberTraits().xmlName ?? ns.getMemberName())
            : (traits.xmlName ?? ns.getName());
        if (!name || !ns.isStructSchema()) {
            throw new Error(`@aws-sdk/core/protocols - xml serializer, cannot write struct with empty name or non-struct, schema=${ns.getName(true)}.`);
        }
        const structXmlNode = XmlNode.of(name);
        const [xmlnsAttr, xmlns] = this.getXmlnsAttribute(ns, parentXmlns);
        for (const [memberName, memberSchema] of ns.structIterator()) {
            const val = value[memberName];
            if (val != null || memberSchema.isIdempotencyToken()) {
                if (memberSchema.getMergedTraits().xmlAttribute) {
                    structXmlNode.addAttribute(memberSchema.getMergedTraits().xmlName ?? memberName, this.writeSimple(memberSchema, val));
                    continue;
                }
                if (memberSchema.isListSchema()) {
                    this.writeList(memberSchema, val, structXmlNode, xmlns);
                }
                else if (memberSchema.isMapSchema()) {
                    this.writeMap(memberSchema, val, structXmlNode, xmlns);
                }
                else if (memberSchema.isStructSchema()) {
                    structXmlNode.addChildNode(this.writeStruct(memberSchema, val, xmlns));
                }
                else {
                    const memberNode = XmlNode.of(memberSchema.getMergedTraits().xmlName ?? memberSchema.getMemberName());
                    this.writeSimpleInto(memberSchema, val, memberNode, xmlns);
                    structXmlNode.addChildNode(memberNode);
                }
            }
        }
        const { $unknown } = value;
        if ($unknown && ns.isUnionSchema() && Array.isArray($unknown) && Object.keys(value).length === 1) {
            const [k, v] = $unknown;
            const node = XmlNode.of(k);
            if (typeof v !== "string") {
                if (value instanceof XmlNode || value instanceof XmlText) {
                    structXmlNode.addChildNode(value);
                }
                else {
                    throw new Error(`@aws-sdk - $unknown union member in XML requires ` +
                        `value of type string, @aws-sdk/xml-builder::XmlNode or XmlText.`);
                }
            }
            this.writeSimpleInto(0, v, node, xmlns);
            structXmlNode.addChildNode(node);
        }
        if (xmlns) {
            structXmlNode.addAttribute(xmlnsAttr, xmlns);
        }
        return structXmlNode;
    }
    writeList(listMember, array, container, parentXmlns) {
        if (!listMember.isMemberSchema()) {
            throw new Error(`@aws-sdk/core/protocols - xml serializer, cannot write non-member list: ${listMember.getName(true)}`);
        }
        const listTraits = listMember.getMergedTraits();
        const listValueSchema = listMember.getValueSchema();
        const listValueTraits = listValueSchema.getMergedTraits();
        const sparse = !!listValueTraits.sparse;
        const flat = !!listTraits.xmlFlattened;
        const [xmlnsAttr, xmlns] = this.getXmlnsAttribute(listMember, parentXmlns);
        const writeItem = (container, value) => {
            if (listValueSchema.isListSchema()) {
                this.writeList(listValueSchema, Array.isArray(value) ? value : [value], container, xmlns);
            }
            else if (listValueSchema.isMapSchema()) {
                this.writeMap(listValueSchema, value, container, xmlns);
            }
            else if (listValueSchema.isStructSchema()) {
                const struct = this.writeStruct(listValueSchema, value, xmlns);
                container.addChildNode(struct.withName(flat ? (listTraits.xmlName ?? listMember.getMemberName()) : (listValueTraits.xmlName ?? "member")));
            }
            else {
                const listItemNode = XmlNode.of(flat ? (listTraits.xmlName ?? listMember.getMemberName()) : (listValueTraits.xmlName ?? "member"));
                this.writeSimpleInto(listValueSchema, value, listItemNode, xmlns);
                container.addChildNode(listItemNode);
            }
        };
        if (flat) {
            for (const value of array) {
                if (sparse || value != null) {
                    writeItem(container, value);
                }
            }
        }
        else {
            const listNode = XmlNode.of(listTraits.xmlName ?? listMember.getMemberName());
            if (xmlns) {
                listNode.addAttribute(xmlnsAttr, xmlns);
            }
            for (const value of array) {
                if (sparse || value != null) {
                    writeItem(listNode, value);
                }
            }
            container.addChildNode(listNode);
        }
    }
    writeMap(mapMember, map, container, parentXmlns, containerIsMap = false) {
        if (!mapMember.isMemberSchema()) {
            throw new Error(`@aws-sdk/core/protocols - xml serializer, cannot write non-member map: ${mapMember.getName(true)}`);
        }
        const mapTraits = mapMember.getMergedTraits();
        const mapKeySchema = mapMember.getKeySchema();
        const mapKeyTraits = mapKeySchema.getMergedTraits();
        const keyTag = mapKeyTraits.xmlName ?? "key";
        const mapValueSchema = mapMember.getValueSchema();
        const mapValueTraits = mapValueSchema.getMergedTraits();
        const valueTag = mapValueTraits.xmlName ?? "value";
        const sparse = !!mapValueTraits.sparse;
        const flat = !!mapTraits.xmlFlattened;
        const [xmlnsAttr, xmlns] = this.getXmlnsAttribute(mapMember, parentXmlns);
        const addKeyValue = (entry, key, val) => {
            const keyNode = XmlNode.of(keyTag, key);
            const [keyXmlnsAttr, keyXmlns] = this.getXmlnsAttribute(mapKeySchema, xmlns);
            if (keyXmlns) {
                keyNode.addAttribute(keyXmlnsAttr, keyXmlns);
            }
            entry.addChildNode(keyNode);
            let valueNode = XmlNode.of(valueTag);
            if (mapValueSchema.isListSchema()) {
                this.writeList(mapValueSchema, val, valueNode, xmlns);
            }
            else if (mapValueSchema.isMapSchema()) {
                this.writeMap(mapValueSchema, val, valueNode, xmlns, true);
            }
            else if (mapValueSchema.isStructSchema()) {
                valueNode = this.writeStruct(mapValueSchema, val, xmlns);
            }
            else {
                this.writeSimpleInto(mapValueSchema, val, valueNode, xmlns);
            }
            entry.addChildNode(valueNode);
        };
        if (flat) {
            for (const key in map) {
                const val = map[key];
                if (sparse || val != null) {
                    const entry = XmlNode.of(mapTraits.xmlName ?? mapMember.getMemberName());
                    addKeyValue(entry, key, val);
                    container.addChildNode(entry);
                }
            }
        }
        else {
            let mapNode;
            if (!containerIsMap) {
                mapNode = XmlNode.of(mapTraits.xmlName ?? mapMember.getMemberName());
                if (xmlns) {
                    mapNode.addAttribute(xmlnsAttr, xmlns);
                }
                container.addChildNode(mapNode);
            }
            for (const key in map) {
                const val = map[key];
                if (sparse || val != null) {
                    const entry = XmlNode.of("entry");
                    addKeyValue(entry, key, val);
                    (containerIsMap ? container : mapNode).addChildNode(entry);
                }
            }
        }
    }
    writeSimple(_schema, value) {
        if (null === value) {
            throw new Error("@aws-sdk/core/protocols - (XML serializer) cannot write null value.");
        }
        const ns = NormalizedSchema/* NormalizedSchema */.l1.of(_schema);
        let nodeContents = null;
        if (value && typeof value === "object") {
            if (ns.isBlobSchema()) {
                nodeContents = (this.serdeContext?.base64Encoder ?? toBase64/* toBase64 */.n)(value);
            }
            else if (ns.isTimestampSchema() && value instanceof Date) {
                const format = (0,determineTimestampFormat/* determineTimestampFormat */.V)(ns, this.settings);
                switch (format) {
                    case 5:
                        nodeContents = value.toISOString().replace(".000Z", "Z");
                        break;
                    case 6:
                        nodeContents = (0,date_utils/* dateToUtcString */.JV)(value);
                        break;
                    case 7:
                        nodeContents = String(value.getTime() / 1000);
                        break;
                    default:
                        console.warn("Missing timestamp format, using http date", value);
                        nodeContents = (0,date_utils/* dateToUtcString */.JV)(value);
                        break;
                }
            }
            else if (ns.isBigDecimalSchema() && value) {
                if (value instanceof NumericValue/* NumericValue */.D) {
                    return value.string;
                }
                return String(value);
            }
            else if (ns.isMapSchema() || ns.isListSchema()) {
                throw new Error("@aws-sdk/core/protocols - xml serializer, cannot call _write() on List/Map schema, call writeList or writeMap() instead.");
            }
            else {
                throw new Error(`@aws-sdk/core/protocols - xml serializer, unhandled schema type for object value and schema: ${ns.getName(true)}`);
            }
        }
        if (ns.isBooleanSchema() || ns.isNumericSchema() || ns.isBigIntegerSchema() || ns.isBigDecimalSchema()) {
            nodeContents = String(value);
        }
        if (ns.isStringSchema()) {
            if (value === undefined && ns.isIdempotencyToken()) {
                nodeContents = (0,serde/* generateIdempotencyToken */.ec)();
            }
            else {
                nodeContents = String(value);
            }
        }
        if (nodeContents === null) {
            throw new Error(`Unhandled schema-value pair ${ns.getName(true)}=${value}`);
        }
        return nodeContents;
    }
    writeSimpleInto(_schema, value, into, parentXmlns) {
        const nodeContents = this.writeSimple(_schema, value);
        const ns = NormalizedSchema/* NormalizedSchema */.l1.of(_schema);
        const content = new XmlText(nodeContents);
        const [xmlnsAttr, xmlns] = this.getXmlnsAttribute(ns, parentXmlns);
        if (xmlns) {
            into.addAttribute(xmlnsAttr, xmlns);
        }
        into.addChildNode(content);
    }
    getXmlnsAttribute(ns, parentXmlns) {
        const traits = ns.getMergedTraits();
        const [prefix, xmlns] = traits.xmlNamespace ?? [];
        if (xmlns && xmlns !== parentXmlns) {
            return [prefix ? `xmlns:${prefix}` : "xmlns", xmlns];
        }
        return [void 0, void 0];
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/protocols/xml/XmlCodec.js



class XmlCodec extends ConfigurableSerdeContext/* SerdeContextConfig */.B {
    settings;
    constructor(settings) {
        super();
        this.settings = settings;
    }
    createSerializer() {
        const serializer = new XmlShapeSerializer(this.settings);
        serializer.setSerdeContext(this.serdeContext);
        return serializer;
    }
    createDeserializer() {
        const deserializer = new XmlShapeDeserializer/* XmlShapeDeserializer */._(this.settings);
        deserializer.setSerdeContext(this.serdeContext);
        return deserializer;
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/protocols/xml/AwsRestXmlProtocol.js





class AwsRestXmlProtocol extends HttpBindingProtocol/* HttpBindingProtocol */.s {
    codec;
    serializer;
    deserializer;
    mixin = new ProtocolLib/* ProtocolLib */.U();
    constructor(options) {
        super(options);
        const settings = {
            timestampFormat: {
                useTrait: true,
                default: 5,
            },
            httpBindings: true,
            xmlNamespace: options.xmlNamespace,
            serviceNamespace: options.defaultNamespace,
        };
        this.codec = new XmlCodec(settings);
        this.serializer = new HttpInterceptingShapeSerializer/* HttpInterceptingShapeSerializer */._(this.codec.createSerializer(), settings);
        this.deserializer = new HttpInterceptingShapeDeserializer/* HttpInterceptingShapeDeserializer */.z(this.codec.createDeserializer(), settings);
    }
    getPayloadCodec() {
        return this.codec;
    }
    getShapeId() {
        return "aws.protocols#restXml";
    }
    async serializeRequest(operationSchema, input, context) {
        const request = await super.serializeRequest(operationSchema, input, context);
        const inputSchema = NormalizedSchema/* NormalizedSchema */.l1.of(operationSchema.input);
        if (!request.headers["content-type"]) {
            const contentType = this.mixin.resolveRestContentType(this.getDefaultContentType(), inputSchema);
            if (contentType) {
                request.headers["content-type"] = contentType;
            }
        }
        if (typeof request.body === "string" &&
            request.headers["content-type"] === this.getDefaultContentType() &&
            !request.body.startsWith("<?xml ") &&
            !this.hasUnstructuredPayloadBinding(inputSchema)) {
            request.body = '<?xml version="1.0" encoding="UTF-8"?>' + request.body;
        }
        return request;
    }
    async deserializeResponse(operationSchema, context, response) {
        return super.deserializeResponse(operationSchema, context, response);
    }
    async handleError(operationSchema, context, response, dataObject, metadata) {
        const errorIdentifier = loadRestXmlErrorCode(response, dataObject) ?? "Unknown";
        this.mixin.compose(this.compositeErrorRegistry, errorIdentifier, this.options.defaultNamespace);
        if (dataObject.Error && typeof dataObject.Error === "object") {
            for (const key of Object.keys(dataObject.Error)) {
                dataObject[key] = dataObject.Error[key];
                if (key.toLowerCase() === "message") {
                    dataObject.message = dataObject.Error[key];
                }
            }
        }
        if (dataObject.RequestId && !metadata.requestId) {
            metadata.requestId = dataObject.RequestId;
        }
        const { errorSchema, errorMetadata } = await this.mixin.getErrorSchemaOrThrowBaseException(errorIdentifier, this.options.defaultNamespace, response, dataObject, metadata);
        const ns = NormalizedSchema/* NormalizedSchema */.l1.of(errorSchema);
        const message = dataObject.Error?.message ??
            dataObject.Error?.Message ??
            dataObject.message ??
            dataObject.Message ??
            "UnknownError";
        const ErrorCtor = this.compositeErrorRegistry.getErrorCtor(errorSchema) ?? Error;
        const exception = new ErrorCtor({});
        await this.deserializeHttpMessage(errorSchema, context, response, dataObject);
        const output = {};
        const errorDeserializer = this.codec.createDeserializer();
        for (const [name, member] of ns.structIterator()) {
            const target = member.getMergedTraits().xmlName ?? name;
            const value = dataObject.Error?.[target] ?? dataObject[target];
            output[name] = errorDeserializer.readSchema(member, value);
        }
        throw this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
            $fault: ns.getMergedTraits().error,
            message,
        }, output), dataObject);
    }
    getDefaultContentType() {
        return "application/xml";
    }
    hasUnstructuredPayloadBinding(ns) {
        for (const [, member] of ns.structIterator()) {
            if (member.getMergedTraits().httpPayload) {
                return !(member.isStructSchema() || member.isMapSchema() || member.isListSchema());
            }
        }
        return false;
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/protocol/S3RestXmlProtocol.js


class S3RestXmlProtocol extends AwsRestXmlProtocol {
    async serializeRequest(operationSchema, input, context) {
        const request = await super.serializeRequest(operationSchema, input, context);
        const ns = NormalizedSchema/* NormalizedSchema */.l1.of(operationSchema.input);
        const staticStructureSchema = ns.getSchema();
        let bucketMemberIndex = 0;
        const requiredMemberCount = staticStructureSchema[6] ?? 0;
        if (input && typeof input === "object") {
            for (const [memberName, memberNs] of ns.structIterator()) {
                if (++bucketMemberIndex > requiredMemberCount) {
                    break;
                }
                if (memberName === "Bucket") {
                    if (!input.Bucket && memberNs.getMergedTraits().httpLabel) {
                        throw new Error(`No value provided for input HTTP label: Bucket.`);
                    }
                    break;
                }
            }
        }
        return request;
    }
}

;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/checksum/md5/Md5Js.js

class Md5Js {
    digestLength = 16;
    state = Uint32Array.from(Md5Js_INIT);
    writeBuffer = new DataView(new ArrayBuffer(64));
    bufferLength = 0;
    bytesHashed = 0;
    update(sourceData) {
        const data = (0,toUint8Array/* toUint8Array */.F)(sourceData);
        let pos = 0;
        let len = data.byteLength;
        this.bytesHashed += len;
        while (len > 0) {
            this.writeBuffer.setUint8(this.bufferLength++, data[pos++]);
            --len;
            if (this.bufferLength === 64) {
                compress(this.state, this.writeBuffer);
                this.bufferLength = 0;
            }
        }
    }
    async digest() {
        const state = Uint32Array.from(this.state);
        const buf = new DataView(this.writeBuffer.buffer.slice(0));
        let bufLen = this.bufferLength;
        const bits = this.bytesHashed * 8;
        buf.setUint8(bufLen++, 0x80);
        if (this.bufferLength % 64 >= 56) {
            for (let i = bufLen; i < 64; ++i) {
                buf.setUint8(i, 0);
            }
            compress(state, buf);
            bufLen = 0;
        }
        for (let i = bufLen; i < 56; ++i) {
            buf.setUint8(i, 0);
        }
        buf.setUint32(56, bits >>> 0, true);
        buf.setUint32(60, Math.floor(bits / 2 ** 32), true);
        compress(state, buf);
        const out = new Uint8Array(16);
        const view = new DataView(out.buffer);
        for (let i = 0; i < 4; ++i) {
            view.setUint32(i * 4, state[i], true);
        }
        return out;
    }
    reset() {
        this.state.set(Md5Js_INIT);
        this.writeBuffer = new DataView(new ArrayBuffer(64));
        this.bufferLength = 0;
        this.bytesHashed = 0;
    }
}
const Md5Js_INIT = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
const Md5Js_M = 0xffffffff;
const Md5Js_S = Uint8Array.of(7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21);
const Md5Js_T = Array.from({ length: 64 }, (_, i) => (Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);
function compress(state, block) {
    let a = state[0], b = state[1], c = state[2], d = state[3];
    for (let i = 0; i < 64; ++i) {
        let f, g;
        if (i < 16) {
            f = (b & c) | (~b & d);
            g = i;
        }
        else if (i < 32) {
            f = (d & b) | (c & ~d);
            g = (5 * i + 1) % 16;
        }
        else if (i < 48) {
            f = b ^ c ^ d;
            g = (3 * i + 5) % 16;
        }
        else {
            f = c ^ (b | ~d);
            g = (7 * i) % 16;
        }
        const x = block.getUint32(g * 4, true);
        const tmp = d;
        d = c;
        c = b;
        const s = Md5Js_S[(i >> 4) * 4 + (i & 3)];
        const sum = (((a + f) & Md5Js_M) + ((x + Md5Js_T[i]) & Md5Js_M)) & Md5Js_M;
        b = (b + (((sum << s) | (sum >>> (32 - s))) >>> 0)) & Md5Js_M;
        a = tmp;
    }
    state[0] = (state[0] + a) & Md5Js_M;
    state[1] = (state[1] + b) & Md5Js_M;
    state[2] = (state[2] + c) & Md5Js_M;
    state[3] = (state[3] + d) & Md5Js_M;
}

;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/checksum/md5/Md5Node.js



const Md5Node_hasNativeCrypto = (() => {
    try {
        (0,external_node_crypto_.createHash)("md5");
        return true;
    }
    catch {
        return false;
    }
})();
const Md5Node = Md5Node_hasNativeCrypto ? Md5Node_buildNativeClass() : Md5Js;
function Md5Node_buildNativeClass() {
    return class Md5Node {
        digestLength = 16;
        hash = (0,external_node_crypto_.createHash)("md5");
        update(data) {
            this.hash.update((0,toUint8Array/* toUint8Array */.F)(data));
        }
        async digest() {
            const buf = this.hash.copy().digest();
            return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
        }
        reset() {
            this.hash = (0,external_node_crypto_.createHash)("md5");
        }
    };
}

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/checksum/sha256/Sha256Node.js + 1 modules
var Sha256Node = __webpack_require__(910);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/client/smithy-client/NoOpLogger.js
var NoOpLogger = __webpack_require__(7545);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/transport/parseUrl.js + 1 modules
var parseUrl = __webpack_require__(8977);
;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/serde/util-stream/getAwsChunkedEncodingStream.browser.js
const getAwsChunkedEncodingStream = (readableStream, options) => {
    const { base64Encoder, bodyLengthChecker, checksumAlgorithmFn, checksumLocationName, streamHasher } = options;
    const checksumRequired = base64Encoder !== undefined &&
        bodyLengthChecker !== undefined &&
        checksumAlgorithmFn !== undefined &&
        checksumLocationName !== undefined &&
        streamHasher !== undefined;
    const digest = checksumRequired ? streamHasher(checksumAlgorithmFn, readableStream) : undefined;
    Promise.resolve(digest).catch(() => {
    });
    const reader = readableStream.getReader();
    return new ReadableStream({
        async pull(controller) {
            const { value, done } = await reader.read();
            if (done) {
                controller.enqueue(`0\r\n`);
                if (checksumRequired) {
                    const checksum = base64Encoder(await digest);
                    controller.enqueue(`${checksumLocationName}:${checksum}\r\n`);
                    controller.enqueue(`\r\n`);
                }
                controller.close();
            }
            else {
                controller.enqueue(`${(bodyLengthChecker(value) || 0).toString(16)}\r\n${value}\r\n`);
            }
        },
    });
};

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/serde/util-stream/stream-type-check.js
var stream_type_check = __webpack_require__(1658);
;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/serde/util-stream/getAwsChunkedEncodingStream.js



function getAwsChunkedEncodingStream_getAwsChunkedEncodingStream(stream, options) {
    const readable = stream;
    const readableStream = stream;
    if ((0,stream_type_check/* isReadableStream */.H)(readableStream)) {
        return getAwsChunkedEncodingStream(readableStream, options);
    }
    const { base64Encoder, bodyLengthChecker, checksumAlgorithmFn, checksumLocationName, streamHasher } = options;
    const checksumRequired = base64Encoder !== undefined &&
        checksumAlgorithmFn !== undefined &&
        checksumLocationName !== undefined &&
        streamHasher !== undefined;
    const digest = checksumRequired ? streamHasher(checksumAlgorithmFn, readable) : undefined;
    Promise.resolve(digest).catch(() => {
    });
    const awsChunkedEncodingStream = new external_node_stream_.Readable({
        read() {
            readable.resume();
        },
    });
    readable.on("data", (data) => {
        const length = bodyLengthChecker(data) || 0;
        if (length === 0) {
            return;
        }
        awsChunkedEncodingStream.push(`${length.toString(16)}\r\n`);
        awsChunkedEncodingStream.push(data);
        if (!awsChunkedEncodingStream.push("\r\n")) {
            readable.pause();
        }
    });
    readable.on("error", (err) => {
        awsChunkedEncodingStream.destroy(err);
    });
    readable.pause();
    readable.on("end", async () => {
        try {
            awsChunkedEncodingStream.push(`0\r\n`);
            if (checksumRequired) {
                const checksum = base64Encoder(await digest);
                awsChunkedEncodingStream.push(`${checksumLocationName}:${checksum}\r\n`);
                awsChunkedEncodingStream.push(`\r\n`);
            }
            awsChunkedEncodingStream.push(null);
        }
        catch (err) {
            awsChunkedEncodingStream.destroy(err);
        }
    });
    return awsChunkedEncodingStream;
}

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/serde/util-stream/sdk-stream-mixin.js + 2 modules
var sdk_stream_mixin = __webpack_require__(6494);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/serde/util-utf8/fromUtf8.js
var fromUtf8 = __webpack_require__(7332);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/serde/util-utf8/toUtf8.js
var toUtf8 = __webpack_require__(9809);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/runtimeConfig.shared.js











const getRuntimeConfig = (config) => {
    return {
        apiVersion: "2006-03-01",
        base64Decoder: config?.base64Decoder ?? fromBase64/* fromBase64 */.E,
        base64Encoder: config?.base64Encoder ?? toBase64/* toBase64 */.n,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        getAwsChunkedEncodingStream: config?.getAwsChunkedEncodingStream ?? getAwsChunkedEncodingStream_getAwsChunkedEncodingStream,
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultS3HttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer/* AwsSdkSigV4Signer */.f2(),
            },
            {
                schemeId: "aws.auth#sigv4a",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4a"),
                signer: new AwsSdkSigV4ASigner/* AwsSdkSigV4ASigner */.S(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger/* NoOpLogger */.N(),
        md5: config?.md5 ?? Md5Node,
        protocol: config?.protocol ?? S3RestXmlProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.s3",
            errorTypeRegistries: schemas_0/* errorTypeRegistries */.q1U,
            xmlNamespace: "http://s3.amazonaws.com/doc/2006-03-01/",
            version: "2006-03-01",
            serviceTarget: "AmazonS3",
        },
        sdkStreamMixin: config?.sdkStreamMixin ?? sdk_stream_mixin/* sdkStreamMixin */.c,
        serviceId: config?.serviceId ?? "S3",
        sha1: config?.sha1 ?? Sha1Node,
        sha256: config?.sha256 ?? Sha256Node/* Sha256Node */.k,
        signerConstructor: config?.signerConstructor ?? SignatureV4MultiRegion/* SignatureV4MultiRegion */.W,
        signingEscapePath: config?.signingEscapePath ?? false,
        urlParser: config?.urlParser ?? parseUrl/* parseUrl */.D,
        useArnRegion: config?.useArnRegion ?? undefined,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8/* fromUtf8 */.a,
        utf8Encoder: config?.utf8Encoder ?? toUtf8/* toUtf8 */.P,
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/runtimeConfig.js














const runtimeConfig_getRuntimeConfig = (config) => {
    (0,smithy_client_emitWarningIfUnsupportedVersion/* emitWarningIfUnsupportedVersion */.I)(process.version);
    const defaultsMode = (0,resolveDefaultsModeConfig/* resolveDefaultsModeConfig */.I)(config);
    const defaultConfigProvider = () => defaultsMode().then(defaults_mode/* loadConfigsForDefaultMode */.l);
    const clientSharedValues = getRuntimeConfig(config);
    (0,emitWarningIfUnsupportedVersion/* emitWarningIfUnsupportedVersion */.I)(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? (0,configLoader/* loadConfig */.Z)(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS/* NODE_AUTH_SCHEME_PREFERENCE_OPTIONS */.$, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength/* calculateBodyLength */.n,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider/* defaultProvider */.v6,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0,defaultUserAgent/* createDefaultUserAgentProvider */.pf)({ serviceId: clientSharedValues.serviceId, clientVersion: package_namespaceObject.rE }),
        disableS3ExpressSessionAuth: config?.disableS3ExpressSessionAuth ?? (0,configLoader/* loadConfig */.Z)(NODE_DISABLE_S3_EXPRESS_SESSION_AUTH_OPTIONS, loaderConfig),
        eventStreamSerdeProvider: config?.eventStreamSerdeProvider ?? EventStreamMarshaller/* eventStreamSerdeProvider */.J2,
        maxAttempts: config?.maxAttempts ?? (0,configLoader/* loadConfig */.Z)(middleware_retry_configurations/* NODE_MAX_ATTEMPT_CONFIG_OPTIONS */.qs, config),
        region: config?.region ?? (0,configLoader/* loadConfig */.Z)(regionConfig_config/* NODE_REGION_CONFIG_OPTIONS */.GG, { ...regionConfig_config/* NODE_REGION_CONFIG_FILE_OPTIONS */.zH, ...loaderConfig }),
        requestChecksumCalculation: config?.requestChecksumCalculation ?? (0,configLoader/* loadConfig */.Z)(NODE_REQUEST_CHECKSUM_CALCULATION_CONFIG_OPTIONS, loaderConfig),
        requestHandler: node_http_handler/* NodeHttpHandler */.$.create(config?.requestHandler ?? defaultConfigProvider),
        responseChecksumValidation: config?.responseChecksumValidation ?? (0,configLoader/* loadConfig */.Z)(NODE_RESPONSE_CHECKSUM_VALIDATION_CONFIG_OPTIONS, loaderConfig),
        retryMode: config?.retryMode ??
            (0,configLoader/* loadConfig */.Z)({
                ...middleware_retry_configurations/* NODE_RETRY_MODE_CONFIG_OPTIONS */.kN,
                default: async () => (await defaultConfigProvider()).retryMode || util_retry_config/* DEFAULT_RETRY_MODE */.L0,
            }, config),
        sigv4aSigningRegionSet: config?.sigv4aSigningRegionSet ?? (0,configLoader/* loadConfig */.Z)(resolveAwsSdkSigV4AConfig/* NODE_SIGV4A_CONFIG_OPTIONS */.A, loaderConfig),
        streamCollector: config?.streamCollector ?? stream_collector/* streamCollector */.k,
        streamHasher: config?.streamHasher ?? readableStreamHasher,
        useArnRegion: config?.useArnRegion ?? (0,configLoader/* loadConfig */.Z)(NODE_USE_ARN_REGION_CONFIG_OPTIONS, loaderConfig),
        useDualstackEndpoint: config?.useDualstackEndpoint ?? (0,configLoader/* loadConfig */.Z)(NodeUseDualstackEndpointConfigOptions/* NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS */.e$, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? (0,configLoader/* loadConfig */.Z)(NodeUseFipsEndpointConfigOptions/* NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS */.Ko, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? (0,configLoader/* loadConfig */.Z)(nodeAppIdConfigOptions/* NODE_APP_ID_CONFIG_OPTIONS */.hV, loaderConfig),
    };
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-es/submodules/client/region-config-resolver/extensions.js
var region_config_resolver_extensions = __webpack_require__(9999);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/client/smithy-client/extensions/defaultExtensionConfiguration.js + 3 modules
var defaultExtensionConfiguration = __webpack_require__(6571);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/protocols/protocol-http/extensions/httpExtensionConfiguration.js
var httpExtensionConfiguration = __webpack_require__(274);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/auth/httpAuthExtensionConfiguration.js
const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
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
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/runtimeExtensions.js




const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign((0,region_config_resolver_extensions/* getAwsRegionExtensionConfiguration */.R)(runtimeConfig), (0,defaultExtensionConfiguration/* getDefaultExtensionConfiguration */.xA)(runtimeConfig), (0,httpExtensionConfiguration/* getHttpHandlerExtensionConfiguration */.e)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, (0,region_config_resolver_extensions/* resolveAwsRegionExtensionConfiguration */.$)(extensionConfiguration), (0,defaultExtensionConfiguration/* resolveDefaultRuntimeConfig */.uv)(extensionConfiguration), (0,httpExtensionConfiguration/* resolveHttpHandlerRuntimeConfig */.j)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/S3Client.js

















class S3Client extends client/* Client */.K {
    config;
    constructor(...[configuration]) {
        const _config_0 = runtimeConfig_getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = (0,EndpointParameters/* resolveClientEndpointParameters */.v)(_config_0);
        const _config_2 = (0,configurations/* resolveUserAgentConfig */.D)(_config_1);
        const _config_3 = resolveFlexibleChecksumsConfig(_config_2);
        const _config_4 = (0,middleware_retry_configurations/* resolveRetryConfig */.$z)(_config_3);
        const _config_5 = (0,resolveRegionConfig/* resolveRegionConfig */.T)(_config_4);
        const _config_6 = (0,hostHeaderMiddleware/* resolveHostHeaderConfig */.OV)(_config_5);
        const _config_7 = (0,endpoints/* resolveEndpointConfig */.Co)(_config_6);
        const _config_8 = resolveEventStreamSerdeConfig(_config_7);
        const _config_9 = resolveHttpAuthSchemeConfig(_config_8);
        const _config_10 = resolveS3Config(_config_9, { session: [() => this, CreateSessionCommand] });
        const _config_11 = resolveRuntimeExtensions(_config_10, configuration?.extensions || []);
        this.config = _config_11;
        this.middlewareStack.use((0,getSchemaSerdePlugin/* getSchemaSerdePlugin */.wq)(this.config));
        this.middlewareStack.use((0,user_agent_middleware/* getUserAgentPlugin */.sM)(this.config));
        this.middlewareStack.use((0,retry/* getRetryPlugin */.ey)(this.config));
        this.middlewareStack.use((0,contentLengthMiddleware/* getContentLengthPlugin */.vK)(this.config));
        this.middlewareStack.use((0,hostHeaderMiddleware/* getHostHeaderPlugin */.TC)(this.config));
        this.middlewareStack.use((0,loggerMiddleware/* getLoggerPlugin */.Y7)(this.config));
        this.middlewareStack.use((0,getRecursionDetectionPlugin/* getRecursionDetectionPlugin */.n)(this.config));
        this.middlewareStack.use((0,getHttpAuthSchemeEndpointRuleSetPlugin/* getHttpAuthSchemeEndpointRuleSetPlugin */.w)(this.config, {
            httpAuthSchemeParametersProvider: defaultS3HttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig/* DefaultIdentityProviderConfig */.h({
                "aws.auth#sigv4": config.credentials,
                "aws.auth#sigv4a": config.credentials,
            }),
        }));
        this.middlewareStack.use((0,getHttpSigningMiddleware/* getHttpSigningPlugin */.l)(this.config));
        this.middlewareStack.use(getValidateBucketNamePlugin(this.config));
        this.middlewareStack.use(getAddExpectContinuePlugin(this.config));
        this.middlewareStack.use(getRegionRedirectMiddlewarePlugin(this.config));
        this.middlewareStack.use(getS3ExpressPlugin(this.config));
        this.middlewareStack.use(getS3ExpressHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/client/smithy-client/create-aggregated-client.js
const createAggregatedClient = (commands, Client, options) => {
    for (const [command, CommandCtor] of Object.entries(commands)) {
        const methodImpl = async function (args, optionsOrCb, cb) {
            const command = new CommandCtor(args);
            if (typeof optionsOrCb === "function") {
                this.send(command, optionsOrCb);
            }
            else if (typeof cb === "function") {
                if (typeof optionsOrCb !== "object") {
                    throw new Error(`Expected http options but got ${typeof optionsOrCb}`);
                }
                this.send(command, optionsOrCb || {}, cb);
            }
            else {
                return this.send(command, optionsOrCb);
            }
        };
        const methodName = (command[0].toLowerCase() + command.slice(1)).replace(/Command$/, "");
        Client.prototype[methodName] = methodImpl;
    }
    const { paginators = {}, waiters = {} } = options ?? {};
    for (const [paginatorName, paginatorFn] of Object.entries(paginators)) {
        if (Client.prototype[paginatorName] === void 0) {
            Client.prototype[paginatorName] = function (commandInput = {}, paginationConfiguration, ...rest) {
                return paginatorFn({
                    ...paginationConfiguration,
                    client: this,
                }, commandInput, ...rest);
            };
        }
    }
    for (const [waiterName, waiterFn] of Object.entries(waiters)) {
        if (Client.prototype[waiterName] === void 0) {
            Client.prototype[waiterName] = async function (commandInput = {}, waiterConfiguration, ...rest) {
                let config = waiterConfiguration;
                if (typeof waiterConfiguration === "number") {
                    config = {
                        maxWaitTime: waiterConfiguration,
                    };
                }
                return waiterFn({
                    ...config,
                    client: this,
                }, commandInput, ...rest);
            };
        }
    }
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/AbortMultipartUploadCommand.js


class AbortMultipartUploadCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "AbortMultipartUpload", schemas_0/* AbortMultipartUpload$ */.QU_) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/CompleteMultipartUploadCommand.js


class CompleteMultipartUploadCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw1 */.Fw, "CompleteMultipartUpload", schemas_0/* CompleteMultipartUpload$ */.p4g) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/CopyObjectCommand.js


class CopyObjectCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep1 */.s4, commandBuilder/* _mw1 */.Fw, "CopyObject", schemas_0/* CopyObject$ */.xmu) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/CreateBucketCommand.js


class CreateBucketCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep2 */.zG, commandBuilder/* _mw2 */.yO, "CreateBucket", schemas_0/* CreateBucket$ */.lKK) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/CreateBucketMetadataConfigurationCommand.js


class CreateBucketMetadataConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "CreateBucketMetadataConfiguration", schemas_0/* CreateBucketMetadataConfiguration$ */.YZR) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/CreateBucketMetadataTableConfigurationCommand.js


class CreateBucketMetadataTableConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "CreateBucketMetadataTableConfiguration", schemas_0/* CreateBucketMetadataTableConfiguration$ */.IP2) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/CreateMultipartUploadCommand.js


class CreateMultipartUploadCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw1 */.Fw, "CreateMultipartUpload", schemas_0/* CreateMultipartUpload$ */.uP1) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketAnalyticsConfigurationCommand.js


class DeleteBucketAnalyticsConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucketAnalyticsConfiguration", schemas_0/* DeleteBucketAnalyticsConfiguration$ */.wwp) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketCommand.js


class DeleteBucketCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucket", schemas_0/* DeleteBucket$ */.CAp) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketCorsCommand.js


class DeleteBucketCorsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucketCors", schemas_0/* DeleteBucketCors$ */.Bj8) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketEncryptionCommand.js


class DeleteBucketEncryptionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucketEncryption", schemas_0/* DeleteBucketEncryption$ */.plt) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketIntelligentTieringConfigurationCommand.js


class DeleteBucketIntelligentTieringConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucketIntelligentTieringConfiguration", schemas_0/* DeleteBucketIntelligentTieringConfiguration$ */.D7j) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketInventoryConfigurationCommand.js


class DeleteBucketInventoryConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucketInventoryConfiguration", schemas_0/* DeleteBucketInventoryConfiguration$ */.cAw) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketLifecycleCommand.js


class DeleteBucketLifecycleCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucketLifecycle", schemas_0/* DeleteBucketLifecycle$ */.OMP) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketMetadataConfigurationCommand.js


class DeleteBucketMetadataConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucketMetadataConfiguration", schemas_0/* DeleteBucketMetadataConfiguration$ */.LMG) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketMetadataTableConfigurationCommand.js


class DeleteBucketMetadataTableConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucketMetadataTableConfiguration", schemas_0/* DeleteBucketMetadataTableConfiguration$ */.LtI) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketMetricsConfigurationCommand.js


class DeleteBucketMetricsConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucketMetricsConfiguration", schemas_0/* DeleteBucketMetricsConfiguration$ */.Npk) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketOwnershipControlsCommand.js


class DeleteBucketOwnershipControlsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucketOwnershipControls", schemas_0/* DeleteBucketOwnershipControls$ */.lcX) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketPolicyCommand.js


class DeleteBucketPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucketPolicy", schemas_0/* DeleteBucketPolicy$ */.mHu) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketReplicationCommand.js


class DeleteBucketReplicationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucketReplication", schemas_0/* DeleteBucketReplication$ */.iHA) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketTaggingCommand.js


class DeleteBucketTaggingCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucketTagging", schemas_0/* DeleteBucketTagging$ */.VQB) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketWebsiteCommand.js


class DeleteBucketWebsiteCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucketWebsite", schemas_0/* DeleteBucketWebsite$ */.l$q) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteObjectAnnotationCommand.js


class DeleteObjectAnnotationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw0 */.yt, "DeleteObjectAnnotation", schemas_0/* DeleteObjectAnnotation$ */.cjD) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteObjectCommand.js


class DeleteObjectCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteObject", schemas_0/* DeleteObject$ */.$CM) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteObjectsCommand.js


class DeleteObjectsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw5 */.rX, "DeleteObjects", schemas_0/* DeleteObjects$ */.AuS) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteObjectTaggingCommand.js


class DeleteObjectTaggingCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw0 */.yt, "DeleteObjectTagging", schemas_0/* DeleteObjectTagging$ */.AB1) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeletePublicAccessBlockCommand.js


class DeletePublicAccessBlockCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeletePublicAccessBlock", schemas_0/* DeletePublicAccessBlock$ */.W3c) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketAbacCommand.js


class GetBucketAbacCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw0 */.yt, "GetBucketAbac", schemas_0/* GetBucketAbac$ */.Gt0) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketAccelerateConfigurationCommand.js


class GetBucketAccelerateConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketAccelerateConfiguration", schemas_0/* GetBucketAccelerateConfiguration$ */.KBZ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketAclCommand.js


class GetBucketAclCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketAcl", schemas_0/* GetBucketAcl$ */.r1N) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketAnalyticsConfigurationCommand.js


class GetBucketAnalyticsConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketAnalyticsConfiguration", schemas_0/* GetBucketAnalyticsConfiguration$ */.r90) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketCorsCommand.js


class GetBucketCorsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketCors", schemas_0/* GetBucketCors$ */.MV3) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketEncryptionCommand.js


class GetBucketEncryptionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketEncryption", schemas_0/* GetBucketEncryption$ */.WSn) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketIntelligentTieringConfigurationCommand.js


class GetBucketIntelligentTieringConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketIntelligentTieringConfiguration", schemas_0/* GetBucketIntelligentTieringConfiguration$ */.qm9) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketInventoryConfigurationCommand.js


class GetBucketInventoryConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketInventoryConfiguration", schemas_0/* GetBucketInventoryConfiguration$ */.LL3) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketLifecycleConfigurationCommand.js


class GetBucketLifecycleConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketLifecycleConfiguration", schemas_0/* GetBucketLifecycleConfiguration$ */.btu) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketLocationCommand.js


class GetBucketLocationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketLocation", schemas_0/* GetBucketLocation$ */.AKE) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketLoggingCommand.js


class GetBucketLoggingCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketLogging", schemas_0/* GetBucketLogging$ */.eP2) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketMetadataConfigurationCommand.js


class GetBucketMetadataConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketMetadataConfiguration", schemas_0/* GetBucketMetadataConfiguration$ */.Kdy) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketMetadataTableConfigurationCommand.js


class GetBucketMetadataTableConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketMetadataTableConfiguration", schemas_0/* GetBucketMetadataTableConfiguration$ */.wMk) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketMetricsConfigurationCommand.js


class GetBucketMetricsConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketMetricsConfiguration", schemas_0/* GetBucketMetricsConfiguration$ */.eEh) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketNotificationConfigurationCommand.js


class GetBucketNotificationConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketNotificationConfiguration", schemas_0/* GetBucketNotificationConfiguration$ */.SQT) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketOwnershipControlsCommand.js


class GetBucketOwnershipControlsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketOwnershipControls", schemas_0/* GetBucketOwnershipControls$ */.kh) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketPolicyCommand.js


class GetBucketPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "GetBucketPolicy", schemas_0/* GetBucketPolicy$ */.dyb) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketPolicyStatusCommand.js


class GetBucketPolicyStatusCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketPolicyStatus", schemas_0/* GetBucketPolicyStatus$ */.rwb) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketReplicationCommand.js


class GetBucketReplicationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketReplication", schemas_0/* GetBucketReplication$ */.nC) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketRequestPaymentCommand.js


class GetBucketRequestPaymentCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketRequestPayment", schemas_0/* GetBucketRequestPayment$ */.MXg) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketTaggingCommand.js


class GetBucketTaggingCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketTagging", schemas_0/* GetBucketTagging$ */.E3U) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketVersioningCommand.js


class GetBucketVersioningCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketVersioning", schemas_0/* GetBucketVersioning$ */.fSX) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketWebsiteCommand.js


class GetBucketWebsiteCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketWebsite", schemas_0/* GetBucketWebsite$ */.e3C) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetObjectAclCommand.js


class GetObjectAclCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetObjectAcl", schemas_0/* GetObjectAcl$ */.gPv) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetObjectAnnotationCommand.js


class GetObjectAnnotationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw6 */.yU, "GetObjectAnnotation", schemas_0/* GetObjectAnnotation$ */.Dy1) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetObjectAttributesCommand.js


class GetObjectAttributesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw1 */.Fw, "GetObjectAttributes", schemas_0/* GetObjectAttributes$ */.Z5o) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetObjectCommand.js
var GetObjectCommand = __webpack_require__(40);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetObjectLegalHoldCommand.js


class GetObjectLegalHoldCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw0 */.yt, "GetObjectLegalHold", schemas_0/* GetObjectLegalHold$ */.EHS) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetObjectLockConfigurationCommand.js


class GetObjectLockConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw0 */.yt, "GetObjectLockConfiguration", schemas_0/* GetObjectLockConfiguration$ */.v3g) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetObjectRetentionCommand.js


class GetObjectRetentionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw0 */.yt, "GetObjectRetention", schemas_0/* GetObjectRetention$ */.Ae9) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetObjectTaggingCommand.js


class GetObjectTaggingCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw0 */.yt, "GetObjectTagging", schemas_0/* GetObjectTagging$ */.Z4s) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetObjectTorrentCommand.js


class GetObjectTorrentCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw4 */.yz, "GetObjectTorrent", schemas_0/* GetObjectTorrent$ */.GXC) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetPublicAccessBlockCommand.js


class GetPublicAccessBlockCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetPublicAccessBlock", schemas_0/* GetPublicAccessBlock$ */.ri8) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/HeadBucketCommand.js


class HeadBucketCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw0 */.yt, "HeadBucket", schemas_0/* HeadBucket$ */.NDZ) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/HeadObjectCommand.js
var HeadObjectCommand = __webpack_require__(7076);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/ListBucketAnalyticsConfigurationsCommand.js


class ListBucketAnalyticsConfigurationsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "ListBucketAnalyticsConfigurations", schemas_0/* ListBucketAnalyticsConfigurations$ */.qb7) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/ListBucketIntelligentTieringConfigurationsCommand.js


class ListBucketIntelligentTieringConfigurationsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "ListBucketIntelligentTieringConfigurations", schemas_0/* ListBucketIntelligentTieringConfigurations$ */.P32) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/ListBucketInventoryConfigurationsCommand.js


class ListBucketInventoryConfigurationsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "ListBucketInventoryConfigurations", schemas_0/* ListBucketInventoryConfigurations$ */.ujL) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/ListBucketMetricsConfigurationsCommand.js


class ListBucketMetricsConfigurationsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "ListBucketMetricsConfigurations", schemas_0/* ListBucketMetricsConfigurations$ */.lmR) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/ListBucketsCommand.js


class ListBucketsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep6 */.l7, commandBuilder/* _mw0 */.yt, "ListBuckets", schemas_0/* ListBuckets$ */._8h) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/ListDirectoryBucketsCommand.js


class ListDirectoryBucketsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep7 */.sJ, commandBuilder/* _mw0 */.yt, "ListDirectoryBuckets", schemas_0/* ListDirectoryBuckets$ */.dAN) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/ListMultipartUploadsCommand.js


class ListMultipartUploadsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep8 */.zx, commandBuilder/* _mw0 */.yt, "ListMultipartUploads", schemas_0/* ListMultipartUploads$ */.RgL) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/ListObjectAnnotationsCommand.js


class ListObjectAnnotationsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw0 */.yt, "ListObjectAnnotations", schemas_0/* ListObjectAnnotations$ */.imu) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/ListObjectsCommand.js


class ListObjectsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep8 */.zx, commandBuilder/* _mw0 */.yt, "ListObjects", schemas_0/* ListObjects$ */.h_9) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/ListObjectsV2Command.js


class ListObjectsV2Command extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep8 */.zx, commandBuilder/* _mw0 */.yt, "ListObjectsV2", schemas_0/* ListObjectsV2$ */.FWN) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/ListObjectVersionsCommand.js


class ListObjectVersionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep8 */.zx, commandBuilder/* _mw0 */.yt, "ListObjectVersions", schemas_0/* ListObjectVersions$ */.L$x) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/ListPartsCommand.js


class ListPartsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw1 */.Fw, "ListParts", schemas_0/* ListParts$ */.xrC) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketAbacCommand.js


class PutBucketAbacCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw9 */.Fk, "PutBucketAbac", schemas_0/* PutBucketAbac$ */.fb$) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketAccelerateConfigurationCommand.js


class PutBucketAccelerateConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw9 */.Fk, "PutBucketAccelerateConfiguration", schemas_0/* PutBucketAccelerateConfiguration$ */.xvJ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketAclCommand.js


class PutBucketAclCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "PutBucketAcl", schemas_0/* PutBucketAcl$ */.wJt) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketAnalyticsConfigurationCommand.js


class PutBucketAnalyticsConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "PutBucketAnalyticsConfiguration", schemas_0/* PutBucketAnalyticsConfiguration$ */.kcC) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketCorsCommand.js


class PutBucketCorsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "PutBucketCors", schemas_0/* PutBucketCors$ */.hXg) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketEncryptionCommand.js


class PutBucketEncryptionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "PutBucketEncryption", schemas_0/* PutBucketEncryption$ */.$8t) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketIntelligentTieringConfigurationCommand.js


class PutBucketIntelligentTieringConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "PutBucketIntelligentTieringConfiguration", schemas_0/* PutBucketIntelligentTieringConfiguration$ */.JiJ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketInventoryConfigurationCommand.js


class PutBucketInventoryConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "PutBucketInventoryConfiguration", schemas_0/* PutBucketInventoryConfiguration$ */.uDw) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketLifecycleConfigurationCommand.js


class PutBucketLifecycleConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw5 */.rX, "PutBucketLifecycleConfiguration", schemas_0/* PutBucketLifecycleConfiguration$ */.Q4n) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketLoggingCommand.js


class PutBucketLoggingCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "PutBucketLogging", schemas_0/* PutBucketLogging$ */.NH9) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketMetricsConfigurationCommand.js


class PutBucketMetricsConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "PutBucketMetricsConfiguration", schemas_0/* PutBucketMetricsConfiguration$ */.bkH) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketNotificationConfigurationCommand.js


class PutBucketNotificationConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "PutBucketNotificationConfiguration", schemas_0/* PutBucketNotificationConfiguration$ */.Z8Y) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketOwnershipControlsCommand.js


class PutBucketOwnershipControlsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "PutBucketOwnershipControls", schemas_0/* PutBucketOwnershipControls$ */.jJ5) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketPolicyCommand.js


class PutBucketPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "PutBucketPolicy", schemas_0/* PutBucketPolicy$ */.UKx) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketReplicationCommand.js


class PutBucketReplicationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "PutBucketReplication", schemas_0/* PutBucketReplication$ */._TW) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketRequestPaymentCommand.js


class PutBucketRequestPaymentCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "PutBucketRequestPayment", schemas_0/* PutBucketRequestPayment$ */.d1B) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketTaggingCommand.js


class PutBucketTaggingCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "PutBucketTagging", schemas_0/* PutBucketTagging$ */.$Nq) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketVersioningCommand.js


class PutBucketVersioningCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "PutBucketVersioning", schemas_0/* PutBucketVersioning$ */.EZO) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketWebsiteCommand.js


class PutBucketWebsiteCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "PutBucketWebsite", schemas_0/* PutBucketWebsite$ */.Jv7) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutObjectAclCommand.js


class PutObjectAclCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw5 */.rX, "PutObjectAcl", schemas_0/* PutObjectAcl$ */.HHc) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutObjectAnnotationCommand.js


class PutObjectAnnotationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw10 */.Vx, "PutObjectAnnotation", schemas_0/* PutObjectAnnotation$ */.g9F) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutObjectCommand.js


class PutObjectCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw11 */.yC, "PutObject", schemas_0/* PutObject$ */.lHz) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutObjectLegalHoldCommand.js


class PutObjectLegalHoldCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw5 */.rX, "PutObjectLegalHold", schemas_0/* PutObjectLegalHold$ */.V0q) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutObjectLockConfigurationCommand.js


class PutObjectLockConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw5 */.rX, "PutObjectLockConfiguration", schemas_0/* PutObjectLockConfiguration$ */.cN2) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutObjectRetentionCommand.js


class PutObjectRetentionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw5 */.rX, "PutObjectRetention", schemas_0/* PutObjectRetention$ */.LWh) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutObjectTaggingCommand.js


class PutObjectTaggingCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw5 */.rX, "PutObjectTagging", schemas_0/* PutObjectTagging$ */.C2v) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutPublicAccessBlockCommand.js


class PutPublicAccessBlockCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "PutPublicAccessBlock", schemas_0/* PutPublicAccessBlock$ */.c2b) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/RenameObjectCommand.js


class RenameObjectCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RenameObject", schemas_0/* RenameObject$ */.uS4) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/RestoreObjectCommand.js


class RestoreObjectCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw10 */.Vx, "RestoreObject", schemas_0/* RestoreObject$ */.C19) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/SelectObjectContentCommand.js


class SelectObjectContentCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw12 */.Hh, "SelectObjectContent", schemas_0/* SelectObjectContent$ */.vlV) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/UpdateBucketMetadataAnnotationTableConfigurationCommand.js


class UpdateBucketMetadataAnnotationTableConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "UpdateBucketMetadataAnnotationTableConfiguration", schemas_0/* UpdateBucketMetadataAnnotationTableConfiguration$ */.cNf) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/UpdateBucketMetadataInventoryTableConfigurationCommand.js


class UpdateBucketMetadataInventoryTableConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "UpdateBucketMetadataInventoryTableConfiguration", schemas_0/* UpdateBucketMetadataInventoryTableConfiguration$ */.JYM) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/UpdateBucketMetadataJournalTableConfigurationCommand.js


class UpdateBucketMetadataJournalTableConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "UpdateBucketMetadataJournalTableConfiguration", schemas_0/* UpdateBucketMetadataJournalTableConfiguration$ */.ARD) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/UpdateObjectEncryptionCommand.js


class UpdateObjectEncryptionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw5 */.rX, "UpdateObjectEncryption", schemas_0/* UpdateObjectEncryption$ */.EYj) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/UploadPartCommand.js


class UploadPartCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw13 */.OV, "UploadPart", schemas_0/* UploadPart$ */.nCU) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/UploadPartCopyCommand.js


class UploadPartCopyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep4 */.zr, commandBuilder/* _mw1 */.Fw, "UploadPartCopy", schemas_0/* UploadPartCopy$ */.Qp6) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/WriteGetObjectResponseCommand.js


class WriteGetObjectResponseCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep9 */.ez, commandBuilder/* _mw4 */.yz, "WriteGetObjectResponse", schemas_0/* WriteGetObjectResponse$ */.IHV) {
}

;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/legacy-root-exports/pagination/createPaginator.js
const makePagedClientRequest = async (CommandCtor, client, input, withCommand = (_) => _, ...args) => {
    let command = new CommandCtor(input);
    command = withCommand(command) ?? command;
    return await client.send(command, ...args);
};
function createPaginator(ClientCtor, CommandCtor, inputTokenName, outputTokenName, pageSizeTokenName) {
    return async function* paginateOperation(config, input, ...additionalArguments) {
        const _input = input;
        let token = config.startingToken ?? _input[inputTokenName];
        let hasNext = true;
        let page;
        while (hasNext) {
            _input[inputTokenName] = token;
            if (pageSizeTokenName) {
                _input[pageSizeTokenName] = _input[pageSizeTokenName] ?? config.pageSize;
            }
            if (config.client instanceof ClientCtor) {
                page = await makePagedClientRequest(CommandCtor, config.client, input, config.withCommand, ...additionalArguments);
            }
            else {
                throw new Error(`Invalid client, expected instance of ${ClientCtor.name}`);
            }
            yield page;
            const prevToken = token;
            token = get(page, outputTokenName);
            hasNext = !!(token && (!config.stopOnSameToken || token !== prevToken));
        }
        return undefined;
    };
}
const get = (fromObject, path) => {
    let cursor = fromObject;
    const pathComponents = path.split(".");
    for (const step of pathComponents) {
        if (!cursor || typeof cursor !== "object") {
            return undefined;
        }
        cursor = cursor[step];
    }
    return cursor;
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/pagination/ListBucketsPaginator.js



const paginateListBuckets = createPaginator(S3Client, ListBucketsCommand, "ContinuationToken", "ContinuationToken", "MaxBuckets");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/pagination/ListDirectoryBucketsPaginator.js



const paginateListDirectoryBuckets = createPaginator(S3Client, ListDirectoryBucketsCommand, "ContinuationToken", "ContinuationToken", "MaxDirectoryBuckets");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/pagination/ListObjectAnnotationsPaginator.js



const paginateListObjectAnnotations = createPaginator(S3Client, ListObjectAnnotationsCommand, "ContinuationToken", "NextContinuationToken", "MaxAnnotationResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/pagination/ListObjectsV2Paginator.js



const paginateListObjectsV2 = createPaginator(S3Client, ListObjectsV2Command, "ContinuationToken", "NextContinuationToken", "MaxKeys");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/pagination/ListPartsPaginator.js



const paginateListParts = createPaginator(S3Client, ListPartsCommand, "PartNumberMarker", "NextPartNumberMarker", "MaxParts");

;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/client/util-waiter/circularReplacer.js
const getCircularReplacer = () => {
    const seen = new WeakSet();
    return (key, value) => {
        if (typeof value === "object" && value !== null) {
            if (seen.has(value)) {
                return "[Circular]";
            }
            seen.add(value);
        }
        return value;
    };
};

;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/client/util-waiter/waiter.js

const waiterServiceDefaults = {
    minDelay: 2,
    maxDelay: 120,
};
var WaiterState;
(function (WaiterState) {
    WaiterState["ABORTED"] = "ABORTED";
    WaiterState["FAILURE"] = "FAILURE";
    WaiterState["SUCCESS"] = "SUCCESS";
    WaiterState["RETRY"] = "RETRY";
    WaiterState["TIMEOUT"] = "TIMEOUT";
})(WaiterState || (WaiterState = {}));
const checkExceptions = (result) => {
    if (result.state === WaiterState.ABORTED) {
        const abortError = new Error(`${JSON.stringify({
            ...result,
            reason: "Request was aborted",
        }, getCircularReplacer())}`);
        abortError.name = "AbortError";
        throw abortError;
    }
    else if (result.state === WaiterState.TIMEOUT) {
        const timeoutError = new Error(`${JSON.stringify({
            ...result,
            reason: "Waiter has timed out",
        }, getCircularReplacer())}`);
        timeoutError.name = "TimeoutError";
        throw timeoutError;
    }
    else if (result.state !== WaiterState.SUCCESS) {
        throw new Error(`${JSON.stringify(result, getCircularReplacer())}`);
    }
    return result;
};

;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/client/util-waiter/utils/sleep.js
const sleep = (seconds) => {
    return new Promise((resolve) => setTimeout(resolve, seconds * 1000));
};

;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/client/util-waiter/poller.js



const runPolling = async ({ minDelay, maxDelay, maxWaitTime, abortController, client, abortSignal }, input, acceptorChecks) => {
    const observedResponses = {};
    const [minDelayMs, maxDelayMs] = [minDelay * 1000, maxDelay * 1000];
    let currentAttempt = 0;
    const waitUntil = Date.now() + maxWaitTime * 1000;
    const warn403Time = Date.now() + 60_000;
    let didWarn403 = false;
    while (true) {
        if (currentAttempt > 0) {
            const delayMs = exponentialBackoffWithJitter(minDelayMs, maxDelayMs, currentAttempt, waitUntil);
            if (abortController?.signal?.aborted || abortSignal?.aborted) {
                const message = "AbortController signal aborted.";
                observedResponses[message] |= 0;
                observedResponses[message] += 1;
                return { state: WaiterState.ABORTED, observedResponses };
            }
            if (Date.now() + delayMs > waitUntil) {
                return { state: WaiterState.TIMEOUT, observedResponses };
            }
            await sleep(delayMs / 1_000);
        }
        const { state, reason } = await acceptorChecks(client, input);
        if (reason) {
            const message = createMessageFromResponse(reason);
            observedResponses[message] |= 0;
            observedResponses[message] += 1;
        }
        if (state !== WaiterState.RETRY) {
            return { state, reason, final: reason, observedResponses };
        }
        currentAttempt += 1;
        if (!didWarn403 && Date.now() >= warn403Time) {
            checkWarn403(observedResponses, client);
            didWarn403 = true;
        }
    }
};
const checkWarn403 = (observedResponses = {}, client) => {
    const orderedErrors = Object.keys(observedResponses);
    let maxCount = 0;
    let count403 = 0;
    for (const response of orderedErrors) {
        const n = observedResponses[response] | 0;
        maxCount = Math.max(n, maxCount);
        if (response.startsWith("403:")) {
            count403 += n;
        }
    }
    const clientLogger = client?.config?.logger;
    const warningLogger = typeof clientLogger?.warn === "function" && !clientLogger.constructor?.name?.includes?.("NoOpLogger")
        ? clientLogger
        : console;
    if (count403 >= 3 || orderedErrors[orderedErrors.length - 1]?.startsWith("403:")) {
        warningLogger.warn(`@smithy/util-waiter WARN - 403 status code encountered during waiter polling.`);
    }
};
const createMessageFromResponse = (reason) => {
    const status = reason?.$response?.statusCode ?? reason?.$metadata?.httpStatusCode;
    if (reason?.$responseBodyText) {
        return `${status ? status + ": " : ""}Deserialization error for body: ${reason.$responseBodyText}`;
    }
    if (status) {
        if (reason?.$response || reason?.message) {
            return `${status ?? "Unknown"}: ${reason?.message}`;
        }
        return `${status}: OK`;
    }
    return String(reason?.message ?? JSON.stringify(reason, getCircularReplacer()) ?? "Unknown");
};
const exponentialBackoffWithJitter = (minDelayMs, maxDelayMs, attempt, waitUntil) => {
    const attemptCountCeiling = Math.log(maxDelayMs / minDelayMs) / Math.log(2) + 1;
    if (attempt > attemptCountCeiling) {
        return maxDelayMs;
    }
    const delay = minDelayMs * 2 ** (attempt - 1);
    const capped = Math.min(delay, maxDelayMs);
    const waitFor = randomInRange(minDelayMs, capped);
    if (Date.now() + waitFor > waitUntil) {
        const timeRemaining = waitUntil - Date.now();
        return Math.max(0, timeRemaining - 500);
    }
    return waitFor;
};
const randomInRange = (min, max) => min + Math.random() * (max - min);

;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/client/util-waiter/utils/validate.js
const validateWaiterOptions = (options) => {
    if (options.maxWaitTime <= 0) {
        throw new Error(`WaiterConfiguration.maxWaitTime must be greater than 0`);
    }
    else if (options.minDelay <= 0) {
        throw new Error(`WaiterConfiguration.minDelay must be greater than 0`);
    }
    else if (options.maxDelay <= 0) {
        throw new Error(`WaiterConfiguration.maxDelay must be greater than 0`);
    }
    else if (options.maxWaitTime <= options.minDelay) {
        throw new Error(`WaiterConfiguration.maxWaitTime [${options.maxWaitTime}] must be greater than WaiterConfiguration.minDelay [${options.minDelay}] for this waiter`);
    }
    else if (options.maxDelay < options.minDelay) {
        throw new Error(`WaiterConfiguration.maxDelay [${options.maxDelay}] must be greater than WaiterConfiguration.minDelay [${options.minDelay}] for this waiter`);
    }
};

;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/client/util-waiter/createWaiter.js



const abortTimeout = (abortSignal) => {
    let onAbort;
    const promise = new Promise((resolve) => {
        onAbort = () => resolve({ state: WaiterState.ABORTED });
        if (typeof abortSignal.addEventListener === "function") {
            abortSignal.addEventListener("abort", onAbort);
        }
        else {
            abortSignal.onabort = onAbort;
        }
    });
    return {
        clearListener() {
            if (typeof abortSignal.removeEventListener === "function") {
                abortSignal.removeEventListener("abort", onAbort);
            }
        },
        aborted: promise,
    };
};
const createWaiter = async (options, input, acceptorChecks) => {
    const params = {
        ...waiterServiceDefaults,
        ...options,
    };
    validateWaiterOptions(params);
    const exitConditions = [runPolling(params, input, acceptorChecks)];
    const finalize = [];
    if (options.abortSignal) {
        const { aborted, clearListener } = abortTimeout(options.abortSignal);
        finalize.push(clearListener);
        exitConditions.push(aborted);
    }
    if (options.abortController?.signal) {
        const { aborted, clearListener } = abortTimeout(options.abortController.signal);
        finalize.push(clearListener);
        exitConditions.push(aborted);
    }
    return Promise.race(exitConditions).then((result) => {
        for (const fn of finalize) {
            fn();
        }
        return result;
    });
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/waiters/waitForBucketExists.js


const checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new HeadBucketCommand(input));
        reason = result;
        return { state: WaiterState.SUCCESS, reason };
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "NotFound") {
            return { state: WaiterState.RETRY, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForBucketExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
};
const waitUntilBucketExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
    return checkExceptions(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/waiters/waitForBucketNotExists.js


const waitForBucketNotExists_checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new HeadBucketCommand(input));
        reason = result;
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "NotFound") {
            return { state: WaiterState.SUCCESS, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForBucketNotExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, waitForBucketNotExists_checkState);
};
const waitUntilBucketNotExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, waitForBucketNotExists_checkState);
    return checkExceptions(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/waiters/waitForObjectExists.js


const waitForObjectExists_checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new HeadObjectCommand/* HeadObjectCommand */.l(input));
        reason = result;
        return { state: WaiterState.SUCCESS, reason };
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "NotFound") {
            return { state: WaiterState.RETRY, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForObjectExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, waitForObjectExists_checkState);
};
const waitUntilObjectExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, waitForObjectExists_checkState);
    return checkExceptions(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/waiters/waitForObjectNotExists.js


const waitForObjectNotExists_checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new HeadObjectCommand/* HeadObjectCommand */.l(input));
        reason = result;
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "NotFound") {
            return { state: WaiterState.SUCCESS, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForObjectNotExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, waitForObjectNotExists_checkState);
};
const waitUntilObjectNotExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, waitForObjectNotExists_checkState);
    return checkExceptions(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/S3.js



























































































































const commands = {
    AbortMultipartUploadCommand: AbortMultipartUploadCommand,
    CompleteMultipartUploadCommand: CompleteMultipartUploadCommand,
    CopyObjectCommand: CopyObjectCommand,
    CreateBucketCommand: CreateBucketCommand,
    CreateBucketMetadataConfigurationCommand: CreateBucketMetadataConfigurationCommand,
    CreateBucketMetadataTableConfigurationCommand: CreateBucketMetadataTableConfigurationCommand,
    CreateMultipartUploadCommand: CreateMultipartUploadCommand,
    CreateSessionCommand: CreateSessionCommand,
    DeleteBucketCommand: DeleteBucketCommand,
    DeleteBucketAnalyticsConfigurationCommand: DeleteBucketAnalyticsConfigurationCommand,
    DeleteBucketCorsCommand: DeleteBucketCorsCommand,
    DeleteBucketEncryptionCommand: DeleteBucketEncryptionCommand,
    DeleteBucketIntelligentTieringConfigurationCommand: DeleteBucketIntelligentTieringConfigurationCommand,
    DeleteBucketInventoryConfigurationCommand: DeleteBucketInventoryConfigurationCommand,
    DeleteBucketLifecycleCommand: DeleteBucketLifecycleCommand,
    DeleteBucketMetadataConfigurationCommand: DeleteBucketMetadataConfigurationCommand,
    DeleteBucketMetadataTableConfigurationCommand: DeleteBucketMetadataTableConfigurationCommand,
    DeleteBucketMetricsConfigurationCommand: DeleteBucketMetricsConfigurationCommand,
    DeleteBucketOwnershipControlsCommand: DeleteBucketOwnershipControlsCommand,
    DeleteBucketPolicyCommand: DeleteBucketPolicyCommand,
    DeleteBucketReplicationCommand: DeleteBucketReplicationCommand,
    DeleteBucketTaggingCommand: DeleteBucketTaggingCommand,
    DeleteBucketWebsiteCommand: DeleteBucketWebsiteCommand,
    DeleteObjectCommand: DeleteObjectCommand,
    DeleteObjectAnnotationCommand: DeleteObjectAnnotationCommand,
    DeleteObjectsCommand: DeleteObjectsCommand,
    DeleteObjectTaggingCommand: DeleteObjectTaggingCommand,
    DeletePublicAccessBlockCommand: DeletePublicAccessBlockCommand,
    GetBucketAbacCommand: GetBucketAbacCommand,
    GetBucketAccelerateConfigurationCommand: GetBucketAccelerateConfigurationCommand,
    GetBucketAclCommand: GetBucketAclCommand,
    GetBucketAnalyticsConfigurationCommand: GetBucketAnalyticsConfigurationCommand,
    GetBucketCorsCommand: GetBucketCorsCommand,
    GetBucketEncryptionCommand: GetBucketEncryptionCommand,
    GetBucketIntelligentTieringConfigurationCommand: GetBucketIntelligentTieringConfigurationCommand,
    GetBucketInventoryConfigurationCommand: GetBucketInventoryConfigurationCommand,
    GetBucketLifecycleConfigurationCommand: GetBucketLifecycleConfigurationCommand,
    GetBucketLocationCommand: GetBucketLocationCommand,
    GetBucketLoggingCommand: GetBucketLoggingCommand,
    GetBucketMetadataConfigurationCommand: GetBucketMetadataConfigurationCommand,
    GetBucketMetadataTableConfigurationCommand: GetBucketMetadataTableConfigurationCommand,
    GetBucketMetricsConfigurationCommand: GetBucketMetricsConfigurationCommand,
    GetBucketNotificationConfigurationCommand: GetBucketNotificationConfigurationCommand,
    GetBucketOwnershipControlsCommand: GetBucketOwnershipControlsCommand,
    GetBucketPolicyCommand: GetBucketPolicyCommand,
    GetBucketPolicyStatusCommand: GetBucketPolicyStatusCommand,
    GetBucketReplicationCommand: GetBucketReplicationCommand,
    GetBucketRequestPaymentCommand: GetBucketRequestPaymentCommand,
    GetBucketTaggingCommand: GetBucketTaggingCommand,
    GetBucketVersioningCommand: GetBucketVersioningCommand,
    GetBucketWebsiteCommand: GetBucketWebsiteCommand,
    GetObjectCommand: GetObjectCommand/* GetObjectCommand */.j,
    GetObjectAclCommand: GetObjectAclCommand,
    GetObjectAnnotationCommand: GetObjectAnnotationCommand,
    GetObjectAttributesCommand: GetObjectAttributesCommand,
    GetObjectLegalHoldCommand: GetObjectLegalHoldCommand,
    GetObjectLockConfigurationCommand: GetObjectLockConfigurationCommand,
    GetObjectRetentionCommand: GetObjectRetentionCommand,
    GetObjectTaggingCommand: GetObjectTaggingCommand,
    GetObjectTorrentCommand: GetObjectTorrentCommand,
    GetPublicAccessBlockCommand: GetPublicAccessBlockCommand,
    HeadBucketCommand: HeadBucketCommand,
    HeadObjectCommand: HeadObjectCommand/* HeadObjectCommand */.l,
    ListBucketAnalyticsConfigurationsCommand: ListBucketAnalyticsConfigurationsCommand,
    ListBucketIntelligentTieringConfigurationsCommand: ListBucketIntelligentTieringConfigurationsCommand,
    ListBucketInventoryConfigurationsCommand: ListBucketInventoryConfigurationsCommand,
    ListBucketMetricsConfigurationsCommand: ListBucketMetricsConfigurationsCommand,
    ListBucketsCommand: ListBucketsCommand,
    ListDirectoryBucketsCommand: ListDirectoryBucketsCommand,
    ListMultipartUploadsCommand: ListMultipartUploadsCommand,
    ListObjectAnnotationsCommand: ListObjectAnnotationsCommand,
    ListObjectsCommand: ListObjectsCommand,
    ListObjectsV2Command: ListObjectsV2Command,
    ListObjectVersionsCommand: ListObjectVersionsCommand,
    ListPartsCommand: ListPartsCommand,
    PutBucketAbacCommand: PutBucketAbacCommand,
    PutBucketAccelerateConfigurationCommand: PutBucketAccelerateConfigurationCommand,
    PutBucketAclCommand: PutBucketAclCommand,
    PutBucketAnalyticsConfigurationCommand: PutBucketAnalyticsConfigurationCommand,
    PutBucketCorsCommand: PutBucketCorsCommand,
    PutBucketEncryptionCommand: PutBucketEncryptionCommand,
    PutBucketIntelligentTieringConfigurationCommand: PutBucketIntelligentTieringConfigurationCommand,
    PutBucketInventoryConfigurationCommand: PutBucketInventoryConfigurationCommand,
    PutBucketLifecycleConfigurationCommand: PutBucketLifecycleConfigurationCommand,
    PutBucketLoggingCommand: PutBucketLoggingCommand,
    PutBucketMetricsConfigurationCommand: PutBucketMetricsConfigurationCommand,
    PutBucketNotificationConfigurationCommand: PutBucketNotificationConfigurationCommand,
    PutBucketOwnershipControlsCommand: PutBucketOwnershipControlsCommand,
    PutBucketPolicyCommand: PutBucketPolicyCommand,
    PutBucketReplicationCommand: PutBucketReplicationCommand,
    PutBucketRequestPaymentCommand: PutBucketRequestPaymentCommand,
    PutBucketTaggingCommand: PutBucketTaggingCommand,
    PutBucketVersioningCommand: PutBucketVersioningCommand,
    PutBucketWebsiteCommand: PutBucketWebsiteCommand,
    PutObjectCommand: PutObjectCommand,
    PutObjectAclCommand: PutObjectAclCommand,
    PutObjectAnnotationCommand: PutObjectAnnotationCommand,
    PutObjectLegalHoldCommand: PutObjectLegalHoldCommand,
    PutObjectLockConfigurationCommand: PutObjectLockConfigurationCommand,
    PutObjectRetentionCommand: PutObjectRetentionCommand,
    PutObjectTaggingCommand: PutObjectTaggingCommand,
    PutPublicAccessBlockCommand: PutPublicAccessBlockCommand,
    RenameObjectCommand: RenameObjectCommand,
    RestoreObjectCommand: RestoreObjectCommand,
    SelectObjectContentCommand: SelectObjectContentCommand,
    UpdateBucketMetadataAnnotationTableConfigurationCommand: UpdateBucketMetadataAnnotationTableConfigurationCommand,
    UpdateBucketMetadataInventoryTableConfigurationCommand: UpdateBucketMetadataInventoryTableConfigurationCommand,
    UpdateBucketMetadataJournalTableConfigurationCommand: UpdateBucketMetadataJournalTableConfigurationCommand,
    UpdateObjectEncryptionCommand: UpdateObjectEncryptionCommand,
    UploadPartCommand: UploadPartCommand,
    UploadPartCopyCommand: UploadPartCopyCommand,
    WriteGetObjectResponseCommand: WriteGetObjectResponseCommand,
};
const paginators = {
    paginateListBuckets: paginateListBuckets,
    paginateListDirectoryBuckets: paginateListDirectoryBuckets,
    paginateListObjectAnnotations: paginateListObjectAnnotations,
    paginateListObjectsV2: paginateListObjectsV2,
    paginateListParts: paginateListParts,
};
const waiters = {
    waitUntilBucketExists: waitUntilBucketExists,
    waitUntilBucketNotExists: waitUntilBucketNotExists,
    waitUntilObjectExists: waitUntilObjectExists,
    waitUntilObjectNotExists: waitUntilObjectNotExists,
};
class S3 extends S3Client {
}
createAggregatedClient(commands, S3, { paginators, waiters });

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/index.js

















































































































// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/client/smithy-client/command.js + 1 modules
var command = __webpack_require__(5845);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/pagination/index.js







;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/waiters/index.js





;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/models/enums.js
const BucketAbacStatus = {
    Disabled: "Disabled",
    Enabled: "Enabled",
};
const RequestCharged = {
    requester: "requester",
};
const RequestPayer = {
    requester: "requester",
};
const BucketAccelerateStatus = {
    Enabled: "Enabled",
    Suspended: "Suspended",
};
const Type = {
    AmazonCustomerByEmail: "AmazonCustomerByEmail",
    CanonicalUser: "CanonicalUser",
    Group: "Group",
};
const Permission = {
    FULL_CONTROL: "FULL_CONTROL",
    READ: "READ",
    READ_ACP: "READ_ACP",
    WRITE: "WRITE",
    WRITE_ACP: "WRITE_ACP",
};
const OwnerOverride = {
    Destination: "Destination",
};
const ChecksumType = {
    COMPOSITE: "COMPOSITE",
    FULL_OBJECT: "FULL_OBJECT",
};
const ServerSideEncryption = {
    AES256: "AES256",
    aws_backup: "aws:backup",
    aws_fsx: "aws:fsx",
    aws_kms: "aws:kms",
    aws_kms_dsse: "aws:kms:dsse",
};
const ObjectCannedACL = {
    authenticated_read: "authenticated-read",
    aws_exec_read: "aws-exec-read",
    bucket_owner_full_control: "bucket-owner-full-control",
    bucket_owner_read: "bucket-owner-read",
    private: "private",
    public_read: "public-read",
    public_read_write: "public-read-write",
};
const AnnotationDirective = {
    COPY: "COPY",
    EXCLUDE: "EXCLUDE",
};
const ChecksumAlgorithm = {
    CRC32: "CRC32",
    CRC32C: "CRC32C",
    CRC64NVME: "CRC64NVME",
    MD5: "MD5",
    SHA1: "SHA1",
    SHA256: "SHA256",
    SHA512: "SHA512",
    XXHASH128: "XXHASH128",
    XXHASH3: "XXHASH3",
    XXHASH64: "XXHASH64",
};
const MetadataDirective = {
    COPY: "COPY",
    REPLACE: "REPLACE",
};
const ObjectLockEventHold = {
    OFF: "OFF",
    ON: "ON",
};
const ObjectLockLegalHoldStatus = {
    OFF: "OFF",
    ON: "ON",
};
const ObjectLockMode = {
    COMPLIANCE: "COMPLIANCE",
    GOVERNANCE: "GOVERNANCE",
};
const StorageClass = {
    AWS_BACKUP_LOW_COST_WARM: "AWS_BACKUP_LOW_COST_WARM",
    AWS_BACKUP_WARM: "AWS_BACKUP_WARM",
    DEEP_ARCHIVE: "DEEP_ARCHIVE",
    EXPRESS_ONEZONE: "EXPRESS_ONEZONE",
    FSX_ONTAP: "FSX_ONTAP",
    FSX_OPENZFS: "FSX_OPENZFS",
    GLACIER: "GLACIER",
    GLACIER_IR: "GLACIER_IR",
    INTELLIGENT_TIERING: "INTELLIGENT_TIERING",
    ONEZONE_IA: "ONEZONE_IA",
    OUTPOSTS: "OUTPOSTS",
    REDUCED_REDUNDANCY: "REDUCED_REDUNDANCY",
    SNOW: "SNOW",
    STANDARD: "STANDARD",
    STANDARD_IA: "STANDARD_IA",
};
const TaggingDirective = {
    COPY: "COPY",
    REPLACE: "REPLACE",
};
const BucketCannedACL = {
    authenticated_read: "authenticated-read",
    private: "private",
    public_read: "public-read",
    public_read_write: "public-read-write",
};
const BucketNamespace = {
    ACCOUNT_REGIONAL: "account-regional",
    GLOBAL: "global",
};
const DataRedundancy = {
    SingleAvailabilityZone: "SingleAvailabilityZone",
    SingleLocalZone: "SingleLocalZone",
};
const BucketType = {
    Directory: "Directory",
};
const LocationType = {
    AvailabilityZone: "AvailabilityZone",
    LocalZone: "LocalZone",
};
const BucketLocationConstraint = {
    EU: "EU",
    af_south_1: "af-south-1",
    ap_east_1: "ap-east-1",
    ap_east_2: "ap-east-2",
    ap_northeast_1: "ap-northeast-1",
    ap_northeast_2: "ap-northeast-2",
    ap_northeast_3: "ap-northeast-3",
    ap_south_1: "ap-south-1",
    ap_south_2: "ap-south-2",
    ap_southeast_1: "ap-southeast-1",
    ap_southeast_2: "ap-southeast-2",
    ap_southeast_3: "ap-southeast-3",
    ap_southeast_4: "ap-southeast-4",
    ap_southeast_5: "ap-southeast-5",
    ap_southeast_6: "ap-southeast-6",
    ap_southeast_7: "ap-southeast-7",
    ca_central_1: "ca-central-1",
    ca_west_1: "ca-west-1",
    cn_north_1: "cn-north-1",
    cn_northwest_1: "cn-northwest-1",
    eu_central_1: "eu-central-1",
    eu_central_2: "eu-central-2",
    eu_north_1: "eu-north-1",
    eu_south_1: "eu-south-1",
    eu_south_2: "eu-south-2",
    eu_west_1: "eu-west-1",
    eu_west_2: "eu-west-2",
    eu_west_3: "eu-west-3",
    il_central_1: "il-central-1",
    me_central_1: "me-central-1",
    me_south_1: "me-south-1",
    mx_central_1: "mx-central-1",
    sa_east_1: "sa-east-1",
    us_east_2: "us-east-2",
    us_gov_east_1: "us-gov-east-1",
    us_gov_west_1: "us-gov-west-1",
    us_west_1: "us-west-1",
    us_west_2: "us-west-2",
};
const ObjectOwnership = {
    BucketOwnerEnforced: "BucketOwnerEnforced",
    BucketOwnerPreferred: "BucketOwnerPreferred",
    ObjectWriter: "ObjectWriter",
};
const AnnotationConfigurationState = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const TableSseAlgorithm = {
    AES256: "AES256",
    aws_kms: "aws:kms",
};
const InventoryConfigurationState = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const ExpirationState = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const SessionMode = {
    ReadOnly: "ReadOnly",
    ReadWrite: "ReadWrite",
};
const AnalyticsS3ExportFileFormat = {
    CSV: "CSV",
};
const StorageClassAnalysisSchemaVersion = {
    V_1: "V_1",
};
const EncryptionType = {
    NONE: "NONE",
    SSE_C: "SSE-C",
};
const IntelligentTieringStatus = {
    Disabled: "Disabled",
    Enabled: "Enabled",
};
const IntelligentTieringAccessTier = {
    ARCHIVE_ACCESS: "ARCHIVE_ACCESS",
    DEEP_ARCHIVE_ACCESS: "DEEP_ARCHIVE_ACCESS",
};
const InventoryFormat = {
    CSV: "CSV",
    ORC: "ORC",
    Parquet: "Parquet",
};
const InventoryIncludedObjectVersions = {
    All: "All",
    Current: "Current",
};
const InventoryOptionalField = {
    BucketKeyStatus: "BucketKeyStatus",
    ChecksumAlgorithm: "ChecksumAlgorithm",
    ETag: "ETag",
    EncryptionStatus: "EncryptionStatus",
    IntelligentTieringAccessTier: "IntelligentTieringAccessTier",
    IntelligentTieringReferenceDate: "IntelligentTieringReferenceDate",
    IsMultipartUploaded: "IsMultipartUploaded",
    LastModifiedDate: "LastModifiedDate",
    LifecycleExpirationDate: "LifecycleExpirationDate",
    ObjectAccessControlList: "ObjectAccessControlList",
    ObjectLockEventHoldDuration: "ObjectLockEventHoldDuration",
    ObjectLockEventHoldStatus: "ObjectLockEventHoldStatus",
    ObjectLockLegalHoldStatus: "ObjectLockLegalHoldStatus",
    ObjectLockMode: "ObjectLockMode",
    ObjectLockRetainUntilDate: "ObjectLockRetainUntilDate",
    ObjectOwner: "ObjectOwner",
    ReplicationStatus: "ReplicationStatus",
    Size: "Size",
    StorageClass: "StorageClass",
};
const InventoryFrequency = {
    Daily: "Daily",
    Weekly: "Weekly",
};
const TransitionStorageClass = {
    DEEP_ARCHIVE: "DEEP_ARCHIVE",
    GLACIER: "GLACIER",
    GLACIER_IR: "GLACIER_IR",
    INTELLIGENT_TIERING: "INTELLIGENT_TIERING",
    ONEZONE_IA: "ONEZONE_IA",
    STANDARD_IA: "STANDARD_IA",
};
const ExpirationStatus = {
    Disabled: "Disabled",
    Enabled: "Enabled",
};
const TransitionDefaultMinimumObjectSize = {
    all_storage_classes_128K: "all_storage_classes_128K",
    varies_by_storage_class: "varies_by_storage_class",
};
const BucketLogsPermission = {
    FULL_CONTROL: "FULL_CONTROL",
    READ: "READ",
    WRITE: "WRITE",
};
const PartitionDateSource = {
    DeliveryTime: "DeliveryTime",
    EventTime: "EventTime",
};
const S3TablesBucketType = {
    aws: "aws",
    customer: "customer",
};
const Event = {
    s3_IntelligentTiering: "s3:IntelligentTiering",
    s3_LifecycleExpiration_: "s3:LifecycleExpiration:*",
    s3_LifecycleExpiration_Delete: "s3:LifecycleExpiration:Delete",
    s3_LifecycleExpiration_DeleteMarkerCreated: "s3:LifecycleExpiration:DeleteMarkerCreated",
    s3_LifecycleTransition: "s3:LifecycleTransition",
    s3_ObjectAcl_Put: "s3:ObjectAcl:Put",
    s3_ObjectAnnotation_: "s3:ObjectAnnotation:*",
    s3_ObjectAnnotation_Delete: "s3:ObjectAnnotation:Delete",
    s3_ObjectAnnotation_Put: "s3:ObjectAnnotation:Put",
    s3_ObjectCreated_: "s3:ObjectCreated:*",
    s3_ObjectCreated_CompleteMultipartUpload: "s3:ObjectCreated:CompleteMultipartUpload",
    s3_ObjectCreated_Copy: "s3:ObjectCreated:Copy",
    s3_ObjectCreated_Post: "s3:ObjectCreated:Post",
    s3_ObjectCreated_Put: "s3:ObjectCreated:Put",
    s3_ObjectRemoved_: "s3:ObjectRemoved:*",
    s3_ObjectRemoved_Delete: "s3:ObjectRemoved:Delete",
    s3_ObjectRemoved_DeleteMarkerCreated: "s3:ObjectRemoved:DeleteMarkerCreated",
    s3_ObjectRestore_: "s3:ObjectRestore:*",
    s3_ObjectRestore_Completed: "s3:ObjectRestore:Completed",
    s3_ObjectRestore_Delete: "s3:ObjectRestore:Delete",
    s3_ObjectRestore_Post: "s3:ObjectRestore:Post",
    s3_ObjectRetention_Put: "s3:ObjectRetention:Put",
    s3_ObjectTagging_: "s3:ObjectTagging:*",
    s3_ObjectTagging_Delete: "s3:ObjectTagging:Delete",
    s3_ObjectTagging_Put: "s3:ObjectTagging:Put",
    s3_ReducedRedundancyLostObject: "s3:ReducedRedundancyLostObject",
    s3_Replication_: "s3:Replication:*",
    s3_Replication_OperationFailedReplication: "s3:Replication:OperationFailedReplication",
    s3_Replication_OperationMissedThreshold: "s3:Replication:OperationMissedThreshold",
    s3_Replication_OperationNotTracked: "s3:Replication:OperationNotTracked",
    s3_Replication_OperationReplicatedAfterThreshold: "s3:Replication:OperationReplicatedAfterThreshold",
};
const FilterRuleName = {
    prefix: "prefix",
    suffix: "suffix",
};
const DeleteMarkerReplicationStatus = {
    Disabled: "Disabled",
    Enabled: "Enabled",
};
const UseSourceMultiRegionKeyStatus = {
    Disabled: "Disabled",
    Enabled: "Enabled",
};
const MetricsStatus = {
    Disabled: "Disabled",
    Enabled: "Enabled",
};
const ReplicationTimeStatus = {
    Disabled: "Disabled",
    Enabled: "Enabled",
};
const ExistingObjectReplicationStatus = {
    Disabled: "Disabled",
    Enabled: "Enabled",
};
const ReplicaModificationsStatus = {
    Disabled: "Disabled",
    Enabled: "Enabled",
};
const SseKmsEncryptedObjectsStatus = {
    Disabled: "Disabled",
    Enabled: "Enabled",
};
const ReplicationRuleStatus = {
    Disabled: "Disabled",
    Enabled: "Enabled",
};
const Payer = {
    BucketOwner: "BucketOwner",
    Requester: "Requester",
};
const MFADeleteStatus = {
    Disabled: "Disabled",
    Enabled: "Enabled",
};
const BucketVersioningStatus = {
    Enabled: "Enabled",
    Suspended: "Suspended",
};
const Protocol = {
    http: "http",
    https: "https",
};
const ReplicationStatus = {
    COMPLETE: "COMPLETE",
    COMPLETED: "COMPLETED",
    FAILED: "FAILED",
    PENDING: "PENDING",
    REPLICA: "REPLICA",
};
const ChecksumMode = {
    ENABLED: "ENABLED",
};
const ObjectAttributes = {
    CHECKSUM: "Checksum",
    ETAG: "ETag",
    OBJECT_PARTS: "ObjectParts",
    OBJECT_SIZE: "ObjectSize",
    STORAGE_CLASS: "StorageClass",
};
const ObjectLockEnabled = {
    Enabled: "Enabled",
};
const ObjectLockRetentionMode = {
    COMPLIANCE: "COMPLIANCE",
    GOVERNANCE: "GOVERNANCE",
};
const ArchiveStatus = {
    ARCHIVE_ACCESS: "ARCHIVE_ACCESS",
    DEEP_ARCHIVE_ACCESS: "DEEP_ARCHIVE_ACCESS",
};
const EncodingType = {
    url: "url",
};
const ObjectStorageClass = {
    AWS_BACKUP_LOW_COST_WARM: "AWS_BACKUP_LOW_COST_WARM",
    AWS_BACKUP_WARM: "AWS_BACKUP_WARM",
    DEEP_ARCHIVE: "DEEP_ARCHIVE",
    EXPRESS_ONEZONE: "EXPRESS_ONEZONE",
    FSX_ONTAP: "FSX_ONTAP",
    FSX_OPENZFS: "FSX_OPENZFS",
    GLACIER: "GLACIER",
    GLACIER_IR: "GLACIER_IR",
    INTELLIGENT_TIERING: "INTELLIGENT_TIERING",
    ONEZONE_IA: "ONEZONE_IA",
    OUTPOSTS: "OUTPOSTS",
    REDUCED_REDUNDANCY: "REDUCED_REDUNDANCY",
    SNOW: "SNOW",
    STANDARD: "STANDARD",
    STANDARD_IA: "STANDARD_IA",
};
const OptionalObjectAttributes = {
    RESTORE_STATUS: "RestoreStatus",
};
const ObjectVersionStorageClass = {
    STANDARD: "STANDARD",
};
const MFADelete = {
    Disabled: "Disabled",
    Enabled: "Enabled",
};
const Tier = {
    Bulk: "Bulk",
    Expedited: "Expedited",
    Standard: "Standard",
};
const ExpressionType = {
    SQL: "SQL",
};
const CompressionType = {
    BZIP2: "BZIP2",
    GZIP: "GZIP",
    NONE: "NONE",
};
const FileHeaderInfo = {
    IGNORE: "IGNORE",
    NONE: "NONE",
    USE: "USE",
};
const JSONType = {
    DOCUMENT: "DOCUMENT",
    LINES: "LINES",
};
const QuoteFields = {
    ALWAYS: "ALWAYS",
    ASNEEDED: "ASNEEDED",
};
const RestoreRequestType = {
    SELECT: "SELECT",
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/models/errors.js
var errors = __webpack_require__(275);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/models/S3ServiceException.js
var S3ServiceException = __webpack_require__(8734);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/index.js














/***/ })

};
