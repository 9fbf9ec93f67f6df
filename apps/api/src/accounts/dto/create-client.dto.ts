import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsIn, IsString, Length, MaxLength } from 'class-validator';

export class CreateClientDto {
  @ApiProperty({ example: 'Casa Realty' })
  @IsString()
  @Length(1, 120, { message: 'name must be between 1 and 120 characters' })
  name!: string;

  @ApiProperty({ enum: ['SINGLE_BILL', 'DIRECT'] })
  @IsIn(['SINGLE_BILL', 'DIRECT'], { message: 'billingMode must be SINGLE_BILL or DIRECT' })
  billingMode!: 'SINGLE_BILL' | 'DIRECT';

  @ApiProperty({ example: 'sue.casa@casarealty.com', description: 'Invited to own the new account' })
  @IsEmail({}, { message: 'ownerEmail must be an email address' })
  @MaxLength(254)
  ownerEmail!: string;
}
