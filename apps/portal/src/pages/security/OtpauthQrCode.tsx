import { Box, Skeleton } from '@mui/material';
import { toDataURL } from 'qrcode';
import { useEffect, useState } from 'react';

const SIZE = 200;

/** The `otpauth://` address as a QR code for the authenticator app to scan (a data: image: the portal's CSP allows those). */
export function OtpauthQrCode({ otpauthUrl }: { otpauthUrl: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    toDataURL(otpauthUrl, { width: SIZE, margin: 1, errorCorrectionLevel: 'M' }).then(
      (url) => current && setSrc(url),
      () => current && setSrc(null),
    );
    return () => {
      current = false;
    };
  }, [otpauthUrl]);
  if (!src) return <Skeleton variant="rectangular" width={SIZE} height={SIZE} />;
  return <Box component="img" src={src} width={SIZE} height={SIZE} alt="QR code to scan with your authenticator app" />;
}
