import type { en } from './en.js';

// 해요체 throughout, as in the UI.
export const ko: Record<keyof typeof en, string> = {
  'error.VALIDATION_FAILED': '요청이 올바르지 않아요. “{field}” 항목을 확인해 주세요.',
  'error.MALFORMED_JSON': '요청 본문이 올바른 JSON 형식이 아니에요.',
  'error.UNAUTHENTICATED': '먼저 로그인해 주세요.',
  'error.INVALID_CREDENTIALS': '이메일 주소나 비밀번호가 맞지 않아요.',
  'error.FORBIDDEN': '이 작업을 할 권한이 없어요.',
  'error.FOREIGN_ORIGIN': '다른 사이트에서 온 요청이라 거부했어요.',
  'error.CONSENT_REQUIRED': '이 작업을 하려면 먼저 보호자의 동의가 필요해요.',
  'error.NOT_FOUND': '이 주소에서 아무것도 찾을 수 없어요.',
  'error.USER_NOT_FOUND': '해당 사용자가 없어요.',
  'error.EMAIL_TAKEN': '이 이메일 주소로 만든 계정이 이미 있어요.',
  'error.ROLE_ALREADY_HELD': '이미 이 역할을 가진 사용자예요.',
  'error.PAYLOAD_TOO_LARGE': '요청이 너무 커요.',
  'error.UNSUPPORTED_MEDIA_TYPE': '요청을 JSON 형식으로 보내 주세요.',
  'error.WEAK_PASSWORD': '비밀번호는 {minimumLength}자 이상이어야 해요.',
  'error.TOO_YOUNG': '실타에는 만 {minimumAge}세 이상부터 가입할 수 있어요.',
  'error.INVALID_BIRTH_DATE': '생년월일이 올바른 날짜가 아니에요.',
  'error.UNKNOWN_CITY': '협력 도시 중 한 곳을 선택해 주세요.',
  'error.UNKNOWN_TIME_ZONE': '알 수 없는 시간대예요.',
  'error.INVALID_TOKEN': '링크가 올바르지 않거나 이미 사용되었거나 만료되었어요. 새 링크를 요청해 주세요.',
  'error.ROLE_NEEDS_CITY': '이 역할은 도시에 속해 있어요. 도시를 선택해 주세요.',
  'error.RATE_LIMITED': '시도 횟수가 너무 많아요. 1분 뒤에 다시 시도해 주세요.',
  'error.INTERNAL': '저희 쪽에서 문제가 생겼어요. 다시 시도해 주세요.',
  'error.UNAVAILABLE': '지금은 서비스를 이용할 수 없어요.',
  'error.ORIGINAL_TEXT_REQUIRED': '먼저 원래 언어로 내용을 써 주세요(“{field}”).',
  'error.START_IN_PAST': '시작 시간이 이미 지났어요.',
  'error.INVALID_START': '시작 시간이 올바른 날짜와 시간이 아니에요.',
  'error.INVALID_DURATION': '진행 시간은 1분에서 24시간 사이여야 해요.',
  'error.INVALID_SEATS': '좌석 수는 0부터 10,000까지의 정수여야 해요.',
  'error.UNKNOWN_TOPIC': '협력 주제 목록에서 주제를 골라 주세요.',
  'error.INVALID_DATE_RANGE': '날짜 범위가 올바르지 않아요.',
  'error.SESSION_NOT_FOUND': '해당 세션이 없어요.',
  'error.NOT_REGISTERED': '참가가 확정된 사람만 이 세션에 들어갈 수 있어요.',
  'error.NOT_LIVE': '화상 링크는 시작 15분 전에 열리고 세션이 끝나면 닫혀요.',
  'error.ALREADY_REGISTERED': '이미 이 세션에 신청했어요.',
  'error.NO_SEATS_FOR_CITY': '이 세션에는 내 도시에 배정된 자리가 없어요.',
  'error.SESSION_FULL': '세션 자리가 모두 찼어요.',
  'error.SESSION_CANCELLED': '세션이 취소되었어요.',
  'error.SESSION_OVER': '세션이 이미 끝났어요.',
  'mail.greeting': '{name} 님, 안녕하세요.',
  'mail.signature': '— 실타, {partnership} 협력',
  'mail.verify.subject': '실타 이메일 주소를 확인해 주세요',
  'mail.verify.body':
    '{hours}시간 안에 아래 링크를 열어 이메일 주소를 확인해 주세요.\n\n{link}\n\n실타에 가입한 적이 없다면 이 메일은 무시해 주세요.',
  'mail.reset.subject': '실타 비밀번호 재설정',
  'mail.reset.body':
    '실타 계정의 비밀번호 재설정 요청이 있었어요. {hours}시간 안에 아래 링크를 열어 새 비밀번호를 정해 주세요.\n\n{link}\n\n본인이 요청하지 않았다면 이 메일은 무시해 주세요. 비밀번호는 바뀌지 않아요.',
  'mail.session.when': '일시: {yourTime} (내 시간)\n도시별 시간: {cityTimes}',
  'mail.session.confirmed.subject': '참가가 확정되었어요: {title}',
  'mail.session.confirmed.body':
    '“{title}” 세션에 자리가 확정되었어요.\n\n{when}\n\n{link}\n\n캘린더 초대장을 첨부했어요.',
  'mail.session.waitlisted.subject': '대기자 명단에 올랐어요: {title}',
  'mail.session.waitlisted.body':
    '“{title}” 세션에서 내 도시에 배정된 자리가 모두 찼어요. 대기 순번은 {position}번이에요. 자리가 나면 바로 배정하고 알려 드릴게요.\n\n{when}\n\n{link}',
  'mail.session.promoted.subject': '자리가 났어요: {title}',
  'mail.session.promoted.body':
    '좋은 소식이에요. “{title}” 세션에 자리가 나서 참가가 확정되었어요.\n\n{when}\n\n{link}\n\n캘린더 초대장을 첨부했어요.',
  'mail.session.changed.subject': '변경 안내: {title}',
  'mail.session.changed.body':
    '“{title}” 세션 정보가 바뀌었어요. 새 정보를 확인해 주세요.\n\n{when}\n\n{link}\n\n첨부한 초대장으로 캘린더가 업데이트돼요.',
  'mail.session.cancelled.subject': '취소 안내: {title}',
  'mail.session.cancelled.body':
    '“{title}” 세션이 취소되었어요. 죄송해요.\n\n{when}\n\n첨부한 알림으로 캘린더에서 일정이 지워져요.',
  'mail.session.reminder24.subject': '내일이에요: {title}',
  'mail.session.reminder24.body':
    '알림: “{title}” 세션이 약 24시간 뒤에 시작해요.\n\n{when}\n\n{link}\n\n화상 링크는 시작 15분 전에 열려요.',
  'mail.session.reminder1.subject': '1시간 뒤에 시작해요: {title}',
  'mail.session.reminder1.body':
    '“{title}” 세션이 약 1시간 뒤에 시작해요.\n\n{when}\n\n{link}\n\n화상 링크는 시작 15분 전에 열려요.',
};
