/** The JSON API, described as OpenAPI 3.1 (served at /openapi.json). */
import { VERSION } from '../version.js';

export function openApi(server: string, limits: { maxFileMb: number; maxRequestMb: number; maxFiles: number }): object {
  const param = (name: string, description: string, schema: object) => ({ name, in: 'query', required: false, description, schema });
  const error = { description: 'The request could not be served', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  return {
    openapi: '3.1.0',
    info: {
      title: 'lkjip-lint API',
      version: VERSION,
      description:
        'Lint Indonesian government performance reports (LKjIP): the same checks and the same JSON as `lkjip-lint --format json`. ' +
        'A file that cannot be read is not an HTTP error: its entry in `files` has `error` set, and the other files are still linted.',
    },
    servers: [{ url: server }],
    paths: {
      '/api/lint': {
        post: {
          operationId: 'lint',
          summary: 'Lint one or more reports (.docx, .pdf, .txt, .md; the type is decided by the content)',
          parameters: [
            param('lang', 'Message language', { type: 'string', enum: ['id', 'en'], default: 'id' }),
            param('format', 'json (the CLI\'s JSON), html (the self-contained HTML report) or sarif (SARIF 2.1.0, as `--format sarif`)', { type: 'string', enum: ['json', 'html', 'sarif'], default: 'json' }),
            param('name', 'File name to show for a raw body', { type: 'string' }),
            param('year', 'Report year (overrides detection)', { type: 'integer', minimum: 1991, maximum: 2099 }),
            param('office', 'Reporting office (overrides detection)', { type: 'string' }),
            param('password', 'Password of an encrypted PDF', { type: 'string' }),
            param('maxPages', 'Read at most this many PDF pages', { type: 'integer', minimum: 1, maximum: 2000 }),
          ],
          requestBody: {
            required: true,
            description: `Up to ${limits.maxFiles} files of at most ${limits.maxFileMb} MB each, ${limits.maxRequestMb} MB in all.`,
            content: {
              'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'array', items: { type: 'string', format: 'binary' } } } } },
              'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
              'application/pdf': { schema: { type: 'string', format: 'binary' } },
              'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: { type: 'string', format: 'binary' } },
              'text/plain': { schema: { type: 'string' } },
            },
          },
          responses: {
            '200': {
              description: 'The results, one entry per file in the order sent',
              content: {
                'application/json': { schema: { $ref: '/schema/lkjip-lint-output.schema.json' } },
                'text/html': { schema: { type: 'string' } },
                'application/sarif+json': { schema: { $ref: 'https://json.schemastore.org/sarif-2.1.0.json' } },
              },
            },
            '400': { ...error, description: 'A bad parameter, or a body that could not be read (malformed multipart)' },
            '403': { ...error, description: 'A request from another site (Origin / Sec-Fetch-Site)' },
            '413': error,
            '421': { ...error, description: 'A Host this server does not answer to (see --allow-host)' },
            '503': { ...error, description: 'Busy: too many uploads or reports of this client, or too many bytes in flight; retry after the Retry-After seconds' },
          },
        },
      },
      '/api/annotate': {
        post: {
          operationId: 'annotate',
          summary: 'The report (.docx or .pdf) with its findings inside: one Word comment per finding, or a highlight with a pop-up note per finding',
          parameters: [
            param('lang', 'Language of the comments', { type: 'string', enum: ['id', 'en'], default: 'id' }),
            param('name', 'File name of the report (for the downloaded name)', { type: 'string' }),
            param('password', 'Password of an encrypted PDF', { type: 'string' }),
          ],
          requestBody: {
            required: true,
            content: {
              'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
              'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, accepted: { type: 'string', format: 'binary', description: 'Optional: an accepted-findings list (the page\'s lkjip-lint-accepted.json, or a --baseline file); its findings are left out of the copy' } } } },
            },
          },
          responses: {
            '200': {
              description: 'The annotated copy; the header X-Lkjip-Lint-Comments gives the number of comments',
              content: {
                'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: { type: 'string', format: 'binary' } },
                'application/pdf': { schema: { type: 'string', format: 'binary' } },
              },
            },
            '400': error,
            '413': error,
            '415': { ...error, description: 'Not a .docx or .pdf report' },
            '422': { ...error, description: 'The report could not be read' },
            '503': error,
          },
        },
      },
      '/api/health': {
        get: { operationId: 'health', summary: 'Liveness', responses: { '200': { description: 'The server answers', content: { 'application/json': { schema: { type: 'object', properties: { status: { const: 'ok' }, version: { type: 'string' } } } } } } } },
      },
    },
    components: {
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'string', description: 'One line saying what is wrong and what to do' } } },
      },
    },
  };
}
