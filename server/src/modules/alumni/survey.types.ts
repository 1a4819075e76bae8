import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { FieldCode } from '../catalog';
import { Permission, SELF } from '../permissions';
import { SurveyInvitation, SurveyWave } from './survey.entity';

export enum SurveyQuestionKind {
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTIPLE_CHOICE = 'MULTIPLE_CHOICE',
  /** 1 to 5. */
  SCALE = 'SCALE',
  NUMBER = 'NUMBER',
  TEXT = 'TEXT',
  /** Which fields the alumnus is active in: the five field codes, or NONE / OTHER. */
  ACTIVE_FIELDS = 'ACTIVE_FIELDS',
  /** Which groups (free text, one per line; the registry comes with the community module). */
  GROUPS = 'GROUPS',
  HOURS_PER_MONTH = 'HOURS_PER_MONTH',
}
registerEnumType(SurveyQuestionKind, { name: 'SurveyQuestionKind' });

// Questions are no one's personal data: readable by alumni answering and by follow-up staff.
@Allow(Permission.StudyOwn, Permission.FollowUpManage)
@ObjectType()
export class SurveyChoice {
  @Field(() => String, { description: 'A stable key, so results compare across years and versions.' })
  key: string;

  @Field(() => String)
  label: string;
}

@Allow(Permission.StudyOwn, Permission.FollowUpManage)
@ObjectType()
export class SurveyQuestion {
  @Field(() => String, { description: 'A stable key (letters, digits, _).' })
  key: string;

  @Field(() => SurveyQuestionKind)
  kind: SurveyQuestionKind;

  @Field(() => String)
  label: string;

  @Field(() => Boolean)
  required: boolean;

  @Field(() => [SurveyChoice])
  choices: SurveyChoice[];
}

@InputType()
export class SurveyChoiceInput {
  @Field(() => String)
  key: string;

  @Field(() => String)
  label: string;
}

@InputType()
export class SurveyQuestionInput {
  @Field(() => String)
  key: string;

  @Field(() => SurveyQuestionKind)
  kind: SurveyQuestionKind;

  @Field(() => String)
  label: string;

  @Field(() => Boolean, { nullable: true, description: 'Left out: not required.' })
  required?: boolean | null;

  @Field(() => [SurveyChoiceInput], { nullable: true, description: 'For choice questions; left out: none.' })
  choices?: SurveyChoiceInput[] | null;
}

/** A survey with its current questions (staff). */
@Allow(Permission.FollowUpManage)
@ObjectType()
export class SurveyInfo {
  @Field(() => ID)
  id: number;

  @Field(() => String)
  title: string;

  @Field(() => FieldCode, { nullable: true })
  fieldCode: FieldCode | null;

  @Field(() => Int, { description: 'The current version of the questions.' })
  version: number;

  @Field(() => [SurveyQuestion])
  questions: SurveyQuestion[];

  @Field(() => [SurveyWaveInfo])
  waves: SurveyWaveInfo[];
}

/** A wave and its response counts. */
@Allow(Permission.FollowUpManage)
@ObjectType()
export class SurveyWaveInfo {
  @Field(() => SurveyWave)
  wave: SurveyWave;

  @Field(() => Int)
  invited: number;

  @Field(() => Int)
  answered: number;

  @Field(() => Int)
  declined: number;

  @Field(() => Int)
  pending: number;

  @Field(() => Int, { description: 'Cancelled by a withdrawn consent, or expired unanswered.' })
  ended: number;
}

/** A survey waiting for me (an open invitation), with its questions and my draft. */
@Allow(SELF, Permission.FollowUpManage)
@ObjectType()
export class MySurvey {
  accountId: number;

  @Field(() => ID, { description: 'The invitation.' })
  id: number;

  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'The last day to answer (Tokyo).' })
  closesOn: string;

  @Field(() => [SurveyQuestion])
  questions: SurveyQuestion[];

  @Field(() => SurveyInvitation, { description: 'My invitation, with my draft answers.' })
  invitation: SurveyInvitation;
}
