import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AssetStorage } from './asset-storage.js';
import { LibraryController, LogosController } from './asset.controllers.js';
import { AssetsRepository } from './assets.repository.js';
import { AssetsService } from './assets.service.js';
import { LandingPagesController } from './landing-pages.controller.js';
import { LandingPagesRepository } from './landing-pages.repository.js';
import { LandingPagesService } from './landing-pages.service.js';
import { PublicPagesController } from './public-pages.controller.js';

/** Library images, logos and landing pages. */
@Module({
  imports: [
    // Read by every FileInterceptor of this module. Without a storage engine multer keeps the one file
    // in memory: it is at most UPLOAD_MAX_BYTES, and its bytes must be checked before any is stored.
    // Browsers send a file's name as UTF-8 bytes; read as multer's default latin1, "Läst.png" would be garbled.
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        defParamCharset: 'utf8',
        limits: { fileSize: config.UPLOAD_MAX_BYTES, files: 1, fields: 10, fieldSize: 16 * 1024 },
      }),
    }),
  ],
  controllers: [LibraryController, LogosController, LandingPagesController, PublicPagesController],
  providers: [AssetStorage, AssetsRepository, AssetsService, LandingPagesRepository, LandingPagesService],
})
export class ContentModule {}
