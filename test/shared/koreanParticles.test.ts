import { describe, expect, it } from 'vitest';
import { resolveKoreanParticles } from '../../shared/i18n/koreanParticles';
import { translator } from '../../shared/i18n/translate';

describe('Korean particles after a filled-in name', () => {
  it('takes the form the last syllable calls for', () => {
    expect(resolveKoreanParticles('사업와(과) 교류도시을(를) 이을 수 없습니다')).toBe(
      '사업과 교류도시를 이을 수 없습니다',
    );
    expect(resolveKoreanParticles('목표은(는) 네트워크에')).toBe('목표는 네트워크에');
    expect(resolveKoreanParticles('읽을 수 없는 노드이(가) 있습니다')).toBe(
      '읽을 수 없는 노드가 있습니다',
    );
    expect(resolveKoreanParticles('“ID” 항목이(가) 같습니다')).toBe('“ID” 항목이 같습니다');
  });

  it('reads past closing quotes, and reads digits as Sino-Korean numbers', () => {
    expect(resolveKoreanParticles('“서울시 도시외교 2018”을(를) 열지 못했습니다')).toBe(
      '“서울시 도시외교 2018”을 열지 못했습니다',
    );
    expect(resolveKoreanParticles('파일 형식 2은(는)')).toBe('파일 형식 2는');
    expect(resolveKoreanParticles('파일 형식 3은(는)')).toBe('파일 형식 3은');
    expect(resolveKoreanParticles('“C40 도시”와(과)')).toBe('“C40 도시”와');
  });

  it('uses 로 after a vowel or ㄹ, 으로 after any other consonant', () => {
    expect(resolveKoreanParticles('쉼표으로(로) 구분')).toBe('쉼표로 구분');
    expect(resolveKoreanParticles('세미콜론으로(로) 구분')).toBe('세미콜론으로 구분');
    expect(resolveKoreanParticles('서울으로(로) 옮겼습니다')).toBe('서울로 옮겼습니다');
  });

  it('drops or keeps a syllable only a consonant takes: (으)로, (이)라는', () => {
    expect(resolveKoreanParticles('아이디어를 목표(으)로 바꿨습니다')).toBe(
      '아이디어를 목표로 바꿨습니다',
    );
    expect(resolveKoreanParticles('아이디어를 사업(으)로 바꿨습니다')).toBe(
      '아이디어를 사업으로 바꿨습니다',
    );
    expect(resolveKoreanParticles('“서울”(으)로 저장했습니다')).toBe('“서울”로 저장했습니다');
    expect(resolveKoreanParticles('“하노이”(이)라는 교류도시')).toBe('“하노이”라는 교류도시');
    expect(resolveKoreanParticles('“서울”(이)라는 교류도시')).toBe('“서울”이라는 교류도시');
    expect(resolveKoreanParticles('“plan.pdf”(으)로 저장했습니다')).toBe(
      '“plan.pdf”(으)로 저장했습니다',
    );
  });

  it('follows the word before a bracketed aside, as Korean writes it', () => {
    expect(resolveKoreanParticles('교류도시(서울)을(를) 고르세요')).toBe(
      '교류도시(서울)를 고르세요',
    );
    expect(resolveKoreanParticles('사업 (F/S 단계)은(는)')).toBe('사업 (F/S 단계)은');
  });

  it('keeps both forms after a word it cannot sound out', () => {
    expect(resolveKoreanParticles('“ICLEI”을(를) 열지 못했습니다')).toBe(
      '“ICLEI”을(를) 열지 못했습니다',
    );
  });

  it('is applied by the Korean translator', () => {
    expect(
      translator('ko')('csvFile', {
        name: 'a.csv',
        encoding: 'UTF-8',
        delimiter: '탭',
        rows: '3행',
      }),
    ).toBe('파일 “a.csv”: UTF-8, 탭으로 구분, 3행.');
    expect(translator('ko')('cityNoMatch', { query: '서울' })).toBe(
      '“서울”과 일치하는 도시가 없습니다.',
    );
  });
});
