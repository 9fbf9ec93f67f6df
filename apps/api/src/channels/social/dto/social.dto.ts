import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { IsOptionalNotNull } from '../../../common/validation.js';

export const SOCIAL_NETWORKS = ['FACEBOOK', 'INSTAGRAM', 'LINKEDIN', 'X'] as const;
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];
export const MAX_POST_LENGTH = 3000;

export class CreateSocialPostDto {
  @ApiProperty({ enum: SOCIAL_NETWORKS })
  @IsIn(SOCIAL_NETWORKS, { message: `network must be one of ${SOCIAL_NETWORKS.join(', ')}` })
  network!: SocialNetwork;

  @ApiProperty({ minLength: 1, maxLength: MAX_POST_LENGTH, description: 'At most 280 characters on X' })
  @IsString()
  @Length(1, MAX_POST_LENGTH)
  body!: string;
}

export class UpdateSocialPostDto {
  @ApiPropertyOptional({ enum: SOCIAL_NETWORKS })
  @IsOptionalNotNull()
  @IsIn(SOCIAL_NETWORKS, { message: `network must be one of ${SOCIAL_NETWORKS.join(', ')}` })
  network?: SocialNetwork;

  @ApiPropertyOptional({ minLength: 1, maxLength: MAX_POST_LENGTH })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, MAX_POST_LENGTH)
  body?: string;
}

export class CreateSocialCommentDto {
  @ApiProperty({ maxLength: 200, description: 'Who wrote the comment on the network' })
  @IsString()
  @Length(1, 200)
  author!: string;

  @ApiProperty({ maxLength: 5000 })
  @IsString()
  @Length(1, 5000)
  body!: string;
}

export class RespondToCommentDto {
  @ApiProperty({ maxLength: 5000 })
  @IsString()
  @Length(1, 5000)
  response!: string;
}

