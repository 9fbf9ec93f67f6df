import { assetController } from './asset-controller.factory.js';

/**
 * Images in the library. Browsing needs library.upload rather than a view action of its own: the
 * matrix has none, and everyone who may upload and edit images must be able to see what is there.
 */
export const LibraryController = assetController({
  kind: 'IMAGE',
  path: 'library',
  tag: 'library',
  actions: { view: 'library.upload', upload: 'library.upload', edit: 'library.upload', delete: 'library.delete' },
});

export const LogosController = assetController({
  kind: 'LOGO',
  path: 'logos',
  tag: 'logos',
  actions: { view: 'logos.manage', upload: 'logos.manage', edit: 'logos.manage', delete: 'logos.manage' },
});
