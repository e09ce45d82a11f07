import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { pingDatabase, type SiltaDatabase } from '../../db/database.js';
import { AppError } from '../../platform/errors/app-error.js';

export const healthRoutes: FastifyPluginAsyncTypebox<{ database: SiltaDatabase }> = async (
  app,
  { database },
) => {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['operations'],
        summary: 'Liveness and database reachability',
        response: { 200: Type.Object({ status: Type.Literal('ok') }, { additionalProperties: false }) },
      },
    },
    async () => {
      if (!(await pingDatabase(database))) throw new AppError('UNAVAILABLE');
      return { status: 'ok' as const };
    },
  );
};
