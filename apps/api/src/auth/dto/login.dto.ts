import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'owner@agency.example' })
  @IsString()
  @Length(1, 254)
  email!: string;

  @ApiProperty({ example: 'partner-portal-demo' })
  @IsString()
  @MaxLength(200)
  password!: string;
}
