export const id = 896;
export const ids = [896];
export const modules = {

/***/ 4896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkFiles: () => (/* binding */ checkFiles)
});

// UNUSED EXPORTS: FILE_CHECK_LIMITS

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/HeadObjectCommand.js
var HeadObjectCommand = __webpack_require__(7076);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetObjectCommand.js
var GetObjectCommand = __webpack_require__(40);
// EXTERNAL MODULE: ./src/shared/text.ts
var shared_text = __webpack_require__(4646);
;// CONCATENATED MODULE: ./src/aws/ranged-read.ts
// One ranged GetObject, taken on trust only as far as it fits what was asked: a 206 whose Content-Range is
// the range asked, and no more bytes than that range holds. An endpoint that ignores Range (a 200 with
// the whole object) or answers with other ranges is not read on: its body is read at most up to the
// range's length and then destroyed, so a 600 MB answer costs no more memory than the range asked.


/**
 * GetObject calls per file at most. Each read asks for four times the bytes so far and must get exactly
 * that (ranged-read.ts), so 16 KiB to the 1 MiB cap takes 4; this bounds the calls whatever limits say.
 */
const MAX_READS_PER_FILE = 8;
/** S3 answered a ranged read with something other than that range: the file checks stop on it. */
class RangeAnswerError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RangeAnswerError';
    }
}
const CONTENT_RANGE = /^bytes (\d+)-(\d+)\/(\d+|\*)$/;
/**
 * The last byte the answer holds, when its status and Content-Range fit the range asked: it starts at
 * `from` and ends at `to`, or earlier only where the object ends (a shorter object than listed).
 */
function answeredEnd(asked, status, contentRange) {
    const what = `GetObject for bytes ${asked.from}-${asked.to}`;
    if (status !== 206)
        return `S3 answered ${what} with HTTP ${status ?? '(no status)'}${contentRange ? '' : ' and no Content-Range'}, not 206: the endpoint does not honour Range requests`;
    const match = CONTENT_RANGE.exec(contentRange ?? '');
    const [start, end, total] = [Number(match?.[1]), Number(match?.[2]), match?.[3]];
    const objectEnds = total !== undefined && total !== '*' && end === Number(total) - 1;
    if (!match || start !== asked.from || end > asked.to || end < start || (end < asked.to && !objectEnds))
        return `S3 answered ${what} with Content-Range ${JSON.stringify(contentRange ?? '')}, not the range asked`;
    return end;
}
/** At most `length` bytes of the body, then the stream is closed: never more read or held. */
async function bodyUpTo(body, length) {
    const chunks = [];
    let read = 0;
    let more = false;
    try {
        for await (const chunk of body) {
            const room = length - read;
            chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, Math.min(room, chunk.byteLength)));
            read += Math.min(room, chunk.byteLength);
            if (chunk.byteLength > room) {
                more = true;
                break;
            }
        }
    }
    finally {
        ;
        body?.destroy?.();
    }
    return { bytes: Buffer.concat(chunks), more };
}
/** One ranged GetObject: the bytes of `range`, exactly, or a RangeAnswerError saying what came instead. */
async function readRange(client, range, signal, counted) {
    const part = await client.send(new GetObjectCommand/* GetObjectCommand */.j({ Bucket: range.bucket, Key: range.key, Range: `bytes=${range.from}-${range.to}` }), { abortSignal: signal });
    const end = answeredEnd(range, part.$metadata.httpStatusCode, part.ContentRange);
    if (typeof end === 'string') {
        ;
        part.Body?.destroy?.();
        throw new RangeAnswerError(end);
    }
    const length = end - range.from + 1;
    const { bytes, more } = await bodyUpTo(part.Body ?? [], length);
    counted(bytes.length);
    if (more || bytes.length !== length)
        throw new RangeAnswerError(`S3 answered GetObject for bytes ${range.from}-${end} with ${more ? 'more bytes than' : `only ${(0,shared_text/* thousands */.oh)(bytes.length)} bytes, fewer than`} its Content-Range says (${(0,shared_text/* thousands */.oh)(length)})`);
    return bytes;
}

// EXTERNAL MODULE: ./src/aws/aws-errors.ts
var aws_errors = __webpack_require__(8098);
// EXTERNAL MODULE: ./src/shared/concurrency.ts
var concurrency = __webpack_require__(438);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/aws/file-bytes.ts
// The start of a file as text: plain, gzip, or BGZF (concatenated gzip members, as bgzip writes them),
// decompressed from a prefix without reading the whole file.

/** Decompressed text is cut here: a header is never this long, and a gzip bomb stays bounded. */
const MAX_TEXT_BYTES = 16 * 1024 * 1024;
const BOM = '\uFEFF';
function decoded(bytes) {
    const text = bytes.toString('utf8');
    return text.startsWith(BOM) ? { text: text.slice(1), bom: true } : { text };
}
/** Gzip of binary data: BCF and BAM by their magic, else any NUL byte near the start. */
function binaryInside(out) {
    const magic = out.subarray(0, 4).toString('latin1');
    if (magic.startsWith('BCF') && (out[3] === 1 || out[3] === 2))
        return 'is BCF (binary VCF, BGZF-compressed), not VCF text: HealthOmics reads VCF text; convert it with bcftools view -Oz -o out.vcf.gz';
    if (magic === 'BAM\x01')
        return 'is BAM (binary alignments), not an annotation file';
    if (out.subarray(0, 8192).includes(0))
        return 'is gzip-compressed binary data, not text';
    return undefined;
}
const tooLarge = (error) => error.code === 'ERR_BUFFER_TOO_LARGE';
/**
 * gunzip, bounded: text that runs past the cap (gunzipSync then throws rather than give what it has) is
 * taken from the longest halved prefix of the input whose text fits, and marked cut.
 */
function gunzipBounded(buffer, complete) {
    // Z_SYNC_FLUSH: a prefix that ends inside a member gives what it holds instead of an error;
    // gunzip goes on through concatenated members (BGZF blocks).
    const flush = (whole) => ({
        finishFlush: whole ? external_node_zlib_.constants.Z_FINISH : external_node_zlib_.constants.Z_SYNC_FLUSH,
        maxOutputLength: MAX_TEXT_BYTES
    });
    try {
        return { out: (0,external_node_zlib_.gunzipSync)(buffer, flush(complete)), cut: false };
    }
    catch (error) {
        if (!tooLarge(error))
            throw error;
    }
    for (let length = buffer.length >> 1; length > 0; length >>= 1) {
        try {
            return { out: (0,external_node_zlib_.gunzipSync)(buffer.subarray(0, length), flush(false)), cut: true };
        }
        catch (error) {
            if (!tooLarge(error))
                throw error;
        }
    }
    return { out: Buffer.alloc(0), cut: true };
}
function textOf(bytes, complete) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buffer[0] === 0x1f && buffer[1] === 0x8b) {
        try {
            const { out, cut } = gunzipBounded(buffer, complete);
            const binary = binaryInside(out);
            if (binary)
                return { problem: binary };
            return cut ? { ...decoded(out), cut: true } : decoded(out);
        }
        catch (error) {
            const code = error.code ?? '';
            return {
                problem: `is not a valid gzip file (${code || (error instanceof Error ? error.message : String(error))})`
            };
        }
    }
    if (buffer[0] === 0x50 && buffer[1] === 0x4b)
        return { problem: 'is a zip archive: HealthOmics reads plain text or gzip (bgzip) files' };
    if (buffer[0] === 0x42 && buffer[1] === 0x5a && buffer[2] === 0x68)
        return { problem: 'is bzip2-compressed: HealthOmics reads plain text or gzip (bgzip) files' };
    if (buffer.subarray(0, 8192).includes(0))
        return { problem: 'is binary, not text (nor gzip)' };
    return decoded(buffer);
}

;// CONCATENATED MODULE: ./src/model/file-formats.ts

const FITS = { verdict: 'fits' };
const MORE = { verdict: 'more' };
const problem = (kind, message) => ({ verdict: 'problem', kind, message });
/** What a file's first line says it is. */
function looksLike(firstLine) {
    if (/^##fileformat=VCF/i.test(firstLine))
        return 'VCF';
    if (/^##gff-version\s+3(\.|\s|$)/i.test(firstLine))
        return 'GFF3';
    if (/^##gff-version\s+[12](\.|\s|$)/i.test(firstLine))
        return 'GFF2';
    return undefined;
}
const INTEGER = /^\d+$/;
/** What a record line is by its shape: a feature line (GFF3 or GTF/GFF2 by the attributes) or BED. */
function recordKind(line) {
    const cells = line.split('\t');
    if (cells.length === 9 && INTEGER.test(cells[3] ?? '') && INTEGER.test(cells[4] ?? '')) {
        const attributes = (cells[8] ?? '').trim();
        if (/^[^\s=;]+ +"?[^";]*"?\s*(;|$)/.test(attributes))
            return 'GTF';
        if (attributes === '.' || /^[^\s=;]+=[^;]*(;|$)/.test(attributes))
            return 'GFF3';
    }
    if (cells.length >= 3 && cells.length <= 12 && INTEGER.test(cells[1] ?? '') && INTEGER.test(cells[2] ?? ''))
        return 'BED';
    return undefined;
}
const GFF3_ONLY = 'GFF stores take GFF3: convert GTF/GFF2 to GFF3 first (gffread in.gtf -o out.gff3, or AGAT: agat_convert_sp_gxf2gxf.pl)';
const quoted = (line) => JSON.stringify(line.length > 80 ? `${line.slice(0, 77)}...` : line);
/**
 * The complete lines of the text, one at a time, so a check stops reading at the header's end (a
 * prefix can decompress to megabytes of records). The last piece only when the whole file was read.
 */
function* lines(text, complete) {
    let start = 0;
    for (;;) {
        const end = text.indexOf('\n', start);
        if (end < 0)
            break;
        yield text.slice(start, text[end - 1] === '\r' ? end - 1 : end);
        start = end + 1;
    }
    if (complete && start < text.length)
        yield text.slice(start);
}
function checkVcf(all, complete, expect) {
    const declared = [];
    let index = 0;
    for (let next = all.next(); !next.done; next = all.next(), index++) {
        const line = next.value;
        if (line.startsWith('#CHROM')) {
            const missing = expect.infoFields.filter(field => !declared.includes(field));
            if (missing.length === 0)
                return FITS;
            const has = declared.length > 0 ? `the file declares only ${(0,shared_text/* listed */.KE)(declared)}` : 'the file declares no INFO field';
            return problem('info-undeclared', `annotation-fields names the INFO field${missing.length > 1 ? 's' : ''} ${(0,shared_text/* listed */.KE)(missing)}, but no ##INFO=<ID=...> line declares ${missing.length > 1 ? 'them' : 'it'}: ${has}`);
        }
        if (!line.startsWith('##'))
            return problem('bad-header', `expected a #CHROM header line after the ## meta lines, found ${quoted(line)} at line ${index + 2}`);
        const info = /^##INFO=<ID=([^,>]+)/.exec(line);
        if (info?.[1])
            declared.push(info[1]);
    }
    return complete ? problem('bad-header', 'the header has no #CHROM line (the file ends first)') : MORE;
}
/** Splits a header row on sep, honouring the quote character. */
function splitRow(line, sep, quote) {
    const cells = [];
    let cell = '';
    let inQuotes = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === quote)
            inQuotes = !inQuotes;
        else if (!inQuotes && line.startsWith(sep, i)) {
            cells.push(cell);
            cell = '';
            i += sep.length - 1;
        }
        else
            cell += c;
    }
    cells.push(cell);
    return cells.map(value => value.trim());
}
function checkTsv(first, rest, complete, expect) {
    const read = expect.readOptions ?? {};
    if (read.header === false || expect.columns.length === 0)
        return FITS;
    let row = first;
    let comment;
    while (row !== undefined && (row.trim() === '' || (read.comment && row.startsWith(read.comment)))) {
        if (row.trim() !== '')
            comment = row;
        const next = rest.next();
        row = next.done ? undefined : next.value;
    }
    if (row === undefined)
        return complete ? problem('column-absent', 'has no header row') : MORE;
    const sep = read.sep ?? '\t';
    const quote = read.quote ?? '"';
    const found = splitRow(row, sep, quote);
    const missing = expect.columns.filter(column => !found.includes(column));
    if (missing.length === 0)
        return FITS;
    const shownSep = sep === '\t' ? 'tab' : JSON.stringify(sep);
    const lacks = `the header row lacks the column${missing.length > 1 ? 's' : ''} the store maps: ${(0,shared_text/* listed */.KE)(missing)}`;
    const mark = read.comment ?? '';
    const inComment = comment && splitRow(comment.slice(mark.length), sep, quote);
    if (inComment && missing.every(column => inComment.includes(column)))
        return problem('column-absent', `${lacks}: the header line ${quoted(comment ?? '')} starts with the comment character ${JSON.stringify(mark)} (readOptions.comment), so it is skipped as a comment and the first data row is read as the header (found ${(0,shared_text/* listed */.KE)(found)}); remove the ${JSON.stringify(mark)} from the header line`);
    return problem('column-absent', `${lacks}; found (split on ${shownSep}): ${(0,shared_text/* listed */.KE)(found)}`);
}
/** GFF stores: ##gff-version 3 on line 1; later, or absent with GFF3-shaped features, is a warning. */
function checkGff(first, rest, complete) {
    let line = first;
    for (let number = 1; line !== undefined; number++) {
        const kind = looksLike(line) ?? (line.startsWith('#') || line.trim() === '' ? 'skip' : recordKind(line));
        if (kind === 'GFF3')
            return line.startsWith('##')
                ? number === 1
                    ? FITS
                    : {
                        verdict: 'fits',
                        warning: {
                            kind: 'gff-directive',
                            message: `the ##gff-version 3 directive is on line ${number}, not line 1 as GFF3 asks (comment lines come first): importing it as GFF3`
                        }
                    }
                : {
                    verdict: 'fits',
                    warning: {
                        kind: 'gff-directive',
                        message: `has no ##gff-version 3 directive, but its first feature line (line ${number}) has GFF3's nine columns and key=value attributes: importing it as GFF3 (add ##gff-version 3 as line 1 to be sure)`
                    }
                };
        if (kind === 'GFF2' || kind === 'GTF')
            return problem('other-format', `looks like ${kind === 'GTF' ? 'GTF' : 'GFF2'} (line ${number} ${quoted(line)}${kind === 'GTF' ? ': attributes written key "value";' : ''}), but the store is a GFF store: ${GFF3_ONLY}`);
        if (kind === 'VCF' || kind === 'BED')
            return problem('other-format', `looks like a ${kind} file (line ${number} ${quoted(line)}), but the store is a GFF store`);
        if (kind !== 'skip')
            return problem('bad-header', `expected the first line ##gff-version 3 (or GFF3 feature lines), found ${quoted(line)} at line ${number}`);
        const next = rest.next();
        line = next.done ? undefined : next.value;
    }
    return complete ? problem('bad-header', 'has no ##gff-version 3 directive and no feature line') : MORE;
}
/** The verdict on the text read so far (`complete` when it is the whole file). */
function checkHeader(text, complete, expect) {
    const all = lines(text, complete);
    const head = all.next();
    if (head.done)
        return complete ? problem('bad-header', 'has no complete first line') : MORE;
    const first = head.value;
    if (expect.storeFormat === 'GFF')
        return checkGff(first, all, complete);
    const kind = looksLike(first) ?? (expect.storeFormat === 'VCF' ? recordKind(first) : undefined);
    if (kind && kind !== expect.storeFormat)
        return problem('other-format', `looks like a ${kind === 'GTF' || kind === 'GFF2' ? 'GTF/GFF2' : kind} file (first line ${quoted(first)}), but the store is a ${expect.storeFormat} store`);
    if (expect.storeFormat === 'VCF') {
        if (!/^##fileformat=VCFv4\.\d/.test(first))
            return problem('bad-header', `expected the first line ##fileformat=VCFv4.x, found ${quoted(first)}`);
        return checkVcf(all, complete, expect);
    }
    return checkTsv(first, all, complete, expect);
}

// EXTERNAL MODULE: ./src/model/file-verdicts.ts
var file_verdicts = __webpack_require__(5858);
// EXTERNAL MODULE: ./src/phases/file-report.ts
var file_report = __webpack_require__(9971);
// EXTERNAL MODULE: ./src/phases/wildcards.ts
var wildcards = __webpack_require__(1487);
;// CONCATENATED MODULE: ./src/phases/file-checks.ts
// The file checks (part of preflight; check-files: false turns them off): every item exists, is not
// empty, and its header fits the store, before any job starts. HeadObject for a size the listing did
// not give, then ranged GetObject reads of a bounded prefix. Loaded only when file checks run.










// 16 KiB holds a typical VCF header, compressed; each further read asks for four times the bytes so far.
const FILE_CHECK_LIMITS = {
    firstReadBytes: 16 * 1024,
    maxHeaderBytes: 1024 * 1024,
    concurrency: 8
};
/** Why checks stop for a bucket or for the run, rather than for one file. */
class Skip extends Error {
    scope;
    constructor(scope, reason) {
        super(reason);
        this.scope = scope;
    }
}
function verdictFor(error, operation, bucket) {
    if (error instanceof RangeAnswerError)
        return new Skip('run', error.message);
    const name = (0,aws_errors/* errorName */.Is)(error);
    const status = (0,aws_errors/* errorStatus */.PO)(error);
    // HeadObject's 404 has no body: a missing bucket and a missing key look the same.
    if (name === 'NotFound' || name === 'NoSuchKey')
        return {
            kind: 'missing',
            message: `does not exist (${operation}: ${status ?? 404}): check the bucket name and the key`
        };
    if (name === 'NoSuchBucket')
        return { kind: 'missing', message: `bucket ${bucket} does not exist (${operation}: NoSuchBucket)` };
    if (status === 403 || name === 'AccessDenied' || name === 'Forbidden')
        return new Skip('bucket', `the workflow's credentials cannot read s3://${bucket} (needs s3:GetObject)`);
    if ((0,aws_errors/* networkCode */.e8)(error))
        return new Skip('run', `S3 could not be reached (${operation}: ${(0,aws_errors/* describeError */.Uc)(error)})`);
    return new Skip('run', `S3 answered ${operation} with ${(0,aws_errors/* describeError */.Uc)(error)}`);
}
async function sizeOf(client, item, signal, counters) {
    if (item.size !== undefined)
        return item.size;
    const { bucket, key } = (0,wildcards/* splitS3 */.z7)(item.uri);
    counters.requests++;
    const head = await client.send(new HeadObjectCommand/* HeadObjectCommand */.l({ Bucket: bucket, Key: key }), { abortSignal: signal });
    if (head.LastModified)
        counters.modified.set(item.uri, head.LastModified);
    return head.ContentLength ?? 0;
}
const BOM_FINDING = {
    kind: 'bom',
    message: 'starts with a UTF-8 byte-order mark (bytes EF BB BF), checked without it: HealthOmics documents nothing on a BOM, so save the file without one to be sure'
};
/** A header not settled within the bytes read, or within the decompressed text's cap: a warning. */
const pastCap = (read, cut) => ({
    kind: 'header-past-cap',
    message: cut
        ? `the header goes on past the first ${(0,shared_text/* plural */.LS)(MAX_TEXT_BYTES, 'byte')} of decompressed text (the cap): its check was skipped`
        : `the header goes on past the first ${(0,shared_text/* plural */.LS)(read, 'byte')} (the cap): its check was skipped`
});
/** Reads ever larger prefixes until the header verdict is known, or the cap is reached. */
async function headerFindings(client, item, size, expect, limits, signal, counters) {
    const { bucket, key } = (0,wildcards/* splitS3 */.z7)(item.uri);
    const chunks = [];
    const findings = [];
    let read = 0;
    let want = Math.min(limits.firstReadBytes, size);
    for (let reads = 1;; reads++) {
        if (reads > MAX_READS_PER_FILE)
            throw new RangeAnswerError(`the header of s3://${bucket}/${key} was not settled in ${MAX_READS_PER_FILE} GetObject calls`);
        counters.requests++;
        const range = { bucket, key, from: read, to: want - 1 };
        const bytes = await readRange(client, range, signal, n => (counters.bytes += n));
        chunks.push(bytes);
        read += bytes.length;
        const complete = read >= size || bytes.length === 0;
        const decoded = textOf(Buffer.concat(chunks), complete);
        if ('problem' in decoded)
            return { findings: [{ kind: 'not-text', message: decoded.problem }], fits: false };
        if (decoded.bom && findings.length === 0)
            findings.push(BOM_FINDING);
        // Text cut at its cap is never the whole file, and reading more would not make it shorter.
        const verdict = checkHeader(decoded.text, complete && !decoded.cut, expect);
        if (verdict.verdict === 'fits')
            return { findings: verdict.warning ? [...findings, verdict.warning] : findings, fits: true };
        if (verdict.verdict === 'problem')
            return { findings: [...findings, { kind: verdict.kind, message: verdict.message }], fits: false };
        if (read >= limits.maxHeaderBytes || complete || decoded.cut)
            return { findings: [...findings, pastCap(read, decoded.cut === true)], fits: true };
        want = Math.min(size, read * 4, limits.maxHeaderBytes);
    }
}
const verdictOf = (item, finding) => ({
    file: item.uri,
    level: (0,file_verdicts/* levelOf */.In)(finding.kind),
    kind: finding.kind,
    reason: finding.message
});
/** Checks every item; problems name the file, what was expected and what was found. */
async function checkFiles(items, expect, deps, limits = FILE_CHECK_LIMITS) {
    const client = await deps.s3();
    const counters = { requests: 0, bytes: 0, modified: new Map() };
    const found = items.map(() => []);
    const note = (index, item, finding) => void found[index]?.push(verdictOf(item, finding));
    const settled = new Set();
    const skipped = new Map();
    let stopped;
    await (0,concurrency/* mapLimit */.s)(items, limits.concurrency, async (item, index) => {
        const { bucket } = (0,wildcards/* splitS3 */.z7)(item.uri);
        if (stopped || skipped.has(bucket))
            return;
        let operation = 'HeadObject';
        try {
            const size = await sizeOf(client, item, deps.signal, counters);
            settled.add(index);
            if (size === 0)
                return note(index, item, { kind: 'empty', message: 'is empty (0 bytes)' });
            if (!expect)
                return;
            operation = 'GetObject';
            const header = await headerFindings(client, item, size, expect, limits, deps.signal, counters);
            header.findings.forEach(finding => note(index, item, finding));
            const extension = header.fits && (0,file_verdicts/* extensionFinding */.NZ)(item.uri, expect.storeFormat, true);
            if (extension)
                note(index, item, extension);
        }
        catch (error) {
            if (deps.signal.aborted)
                throw error;
            const outcome = verdictFor(error, operation, bucket);
            if (outcome instanceof Skip) {
                settled.delete(index);
                if (outcome.scope === 'bucket')
                    skipped.set(bucket, outcome.message);
                else
                    stopped ??= outcome.message;
            }
            else
                note(index, item, outcome);
        }
    });
    // Files whose content was not read (a bucket the credentials cannot read, S3 unreachable): the name decides.
    if (expect)
        items.forEach((item, index) => {
            const extension = !settled.has(index) && (0,file_verdicts/* extensionFinding */.NZ)(item.uri, expect.storeFormat, false);
            if (extension)
                note(index, item, extension);
        });
    const verdicts = found.flat();
    return { ...(0,file_report/* worded */.MH)(items, found, skipped, stopped), verdicts, files: items.length, ...counters };
}


/***/ })

};
