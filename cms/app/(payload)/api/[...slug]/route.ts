import config from '@payload-config';
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes';
import { withRequestLog } from '@cms/lib/requestLog';

// Each with its request id and log line (`@cms/lib/requestLog`).
export const GET = withRequestLog(config, REST_GET(config));
export const POST = withRequestLog(config, REST_POST(config));
export const DELETE = withRequestLog(config, REST_DELETE(config));
export const PATCH = withRequestLog(config, REST_PATCH(config));
export const PUT = withRequestLog(config, REST_PUT(config));
export const OPTIONS = withRequestLog(config, REST_OPTIONS(config));
