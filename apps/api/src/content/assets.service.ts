import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable, StreamableFile } from '@nestjs/common';
import type { AssetKind, Database } from '@partner-portal/db';
import type { Logger } from 'pino';
import type { AccountContext } from '../access/account-context.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { AppError } from '../common/app-error.js';
import { notFound } from '../common/id-param.js';
import { LOGGER } from '../common/logger.js';
import type { Page, PageRequest } from '../common/paging.js';
import { deleteVersioned, updateVersioned } from '../common/versioned-store.js';
import { DATABASE } from '../database/database.module.js';
import { AssetStorage } from './asset-storage.js';
import { type AssetFilter, type AssetSort, type AssetView, AssetsRepository } from './assets.repository.js';
import { ASSET_NAME_MAX, type UpdateAssetDto, type UploadAssetDto } from './dto/asset.dto.js';
import { sniffImage } from './image-sniffer.js';

/** What multer hands over for the `file` part (memory storage). */
export interface UploadedImage {
  buffer: Buffer;
  size: number;
  originalname: string;
}

export const ASSET_NOUNS: Record<AssetKind, [code: string, what: string]> = {
  IMAGE: ['IMAGE_NOT_FOUND', 'image'],
  LOGO: ['LOGO_NOT_FOUND', 'logo'],
};

function defaultName(originalName: string): string {
  const base = originalName.split(/[\\/]/).pop()?.trim() ?? '';
  return (base || 'image').slice(0, ASSET_NAME_MAX);
}

/** Uploaded images of one kind (library images, logos): the same rules for both, told apart by kind. */
@Injectable()
export class AssetsService {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly assets: AssetsRepository,
    private readonly storage: AssetStorage,
    private readonly audit: AuditRepository,
  ) {}

  list(context: AccountContext, kind: AssetKind, request: PageRequest<AssetSort, AssetFilter>): Promise<Page<AssetView>> {
    return this.assets.page(context.account.id, kind, request);
  }

  async get(context: AccountContext, kind: AssetKind, id: string): Promise<AssetView> {
    const asset = await this.assets.find(context.account.id, kind, id);
    if (!asset) throw notFound(...ASSET_NOUNS[kind]);
    return asset;
  }

  async content(context: AccountContext, kind: AssetKind, id: string): Promise<StreamableFile> {
    const asset = await this.assets.findStorageKey(context.account.id, kind, id);
    if (!asset) throw notFound(...ASSET_NOUNS[kind]);
    const file = await this.storage.open(asset.storageKey);
    if (!file) throw new AppError(HttpStatus.NOT_FOUND, 'CONTENT_MISSING', `The ${ASSET_NOUNS[kind][1]}'s file is no longer stored.`);
    return new StreamableFile(file.stream, { type: asset.mimeType, length: file.size, disposition: 'inline' });
  }

  /** Stores the bytes only once they are known to be an allowed image, whatever the sender called them. */
  async upload(context: AccountContext, actorId: string, kind: AssetKind, file: UploadedImage | undefined, fields: UploadAssetDto): Promise<AssetView> {
    if (!file) throw new AppError(HttpStatus.BAD_REQUEST, 'FILE_REQUIRED', 'Send the image as the multipart field "file".');
    const image = sniffImage(file.buffer);
    if (!image) {
      throw new AppError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UNSUPPORTED_MEDIA_TYPE', 'The file is not a PNG, JPEG, GIF or WebP image.');
    }
    const accountId = context.account.id;
    const id = randomUUID();
    const storageKey = this.storage.keyFor(accountId, id, image.extension);
    await this.storage.write(storageKey, file.buffer);
    try {
      return await this.db.$transaction(async (tx) => {
        const asset = await this.assets.create(tx, {
          id,
          accountId,
          kind,
          name: fields.name ?? defaultName(file.originalname),
          altText: fields.altText ?? null,
          mimeType: image.mimeType,
          sizeBytes: file.size,
          width: image.width,
          height: image.height,
          storageKey,
        });
        await this.audit.record(
          { accountId, actorUserId: actorId, action: 'asset.uploaded', targetType: 'asset', targetId: id, data: { kind, name: asset.name, mimeType: image.mimeType, sizeBytes: file.size } },
          tx,
        );
        return asset;
      });
    } catch (error) {
      await this.storage.remove(storageKey);
      throw error;
    }
  }

  async update(context: AccountContext, actorId: string, kind: AssetKind, id: string, version: number, changes: UpdateAssetDto): Promise<AssetView> {
    const data = { ...(changes.name !== undefined ? { name: changes.name } : {}), ...(changes.altText !== undefined ? { altText: changes.altText } : {}) };
    if (Object.keys(data).length === 0) throw new AppError(HttpStatus.BAD_REQUEST, 'NOTHING_TO_UPDATE', 'Send name, altText or both.');
    const accountId = context.account.id;
    return this.db.$transaction(async (tx) => {
      const asset = await updateVersioned(this.assets.versioned(tx), { where: { accountId, kind, id }, version, notFound: ASSET_NOUNS[kind] }, data);
      await this.audit.record({ accountId, actorUserId: actorId, action: 'asset.updated', targetType: 'asset', targetId: id, data: { kind, changed: Object.keys(data) } }, tx);
      return asset;
    });
  }

  /** The row goes first, in its transaction; the file follows once nothing can point at it any more. */
  async remove(context: AccountContext, actorId: string, kind: AssetKind, id: string, version: number): Promise<void> {
    const accountId = context.account.id;
    const storageKey = await this.db.$transaction(async (tx) => {
      const asset = await this.assets.findStorageKey(accountId, kind, id, tx);
      if (!asset) throw notFound(...ASSET_NOUNS[kind]);
      await deleteVersioned(this.assets.versioned(tx), { where: { accountId, kind, id }, version, notFound: ASSET_NOUNS[kind] });
      await this.audit.record({ accountId, actorUserId: actorId, action: 'asset.deleted', targetType: 'asset', targetId: id, data: { kind, name: asset.name } }, tx);
      return asset.storageKey;
    });
    try {
      await this.storage.remove(storageKey);
    } catch (error) {
      this.logger.warn({ err: error, storageKey }, 'could not remove the file of a deleted asset');
    }
  }
}
