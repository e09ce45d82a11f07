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
  'mail.greeting': '{name} 님, 안녕하세요.',
  'mail.signature': '— 실타, {partnership} 협력',
  'mail.verify.subject': '실타 이메일 주소를 확인해 주세요',
  'mail.verify.body':
    '{hours}시간 안에 아래 링크를 열어 이메일 주소를 확인해 주세요.\n\n{link}\n\n실타에 가입한 적이 없다면 이 메일은 무시해 주세요.',
  'mail.reset.subject': '실타 비밀번호 재설정',
  'mail.reset.body':
    '실타 계정의 비밀번호 재설정 요청이 있었어요. {hours}시간 안에 아래 링크를 열어 새 비밀번호를 정해 주세요.\n\n{link}\n\n본인이 요청하지 않았다면 이 메일은 무시해 주세요. 비밀번호는 바뀌지 않아요.',
};
