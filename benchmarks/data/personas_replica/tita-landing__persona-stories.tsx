"use client";

// 페르소나 스토리 — "어, 이거 나잖아?" 공감 카드. 흘러가는 스크롤 대신
// 일정 시간마다 '톡' 하고 다음 카드로 스냅한다. 중앙 카드는 원래 크기,
// 좌우 카드는 0.8배로 작게 걸쳐 보인다. 스와이프로 손수 넘길 수 있고,
// 마우스를 올리거나 누르고 있는 동안엔 자동 전환을 쉰다. 배열을 두 번 이어
// 붙여 끝 카드에서 첫 카드로 티 나지 않게 돌아간다(같은 카드라 튐이 없음).

import { useEffect, useRef, useState } from "react";
import { MOA } from "./moa-brand";

// 실제 이용 후기가 아닌, 공감을 위한 장면 묘사. 누군가로 착각되지 않도록
// 이름·나이를 빼고 '장면 라벨'만 붙인다.
const STORIES: { quote: string; tag: string }[] = [
  { quote: "막내까지 대학 보내고 나니 집이 너무 넓게 느껴져요. 산책 같이 다닐 누군가가 아쉬워요.", tag: "텅 빈 거실의 오전" },
  { quote: "퇴직하고서야 깨달았죠. 날마다 마주친 건 '거래처'였지, 벗은 아니었더라고요.", tag: "퇴직, 그 이후" },
  { quote: "도자기 공방에 다녀 보고 싶은데, 혼자서 문을 열고 들어갈 엄두가 안 나요.", tag: "혼자라 접어 둔 일" },
  { quote: "모임방 알림은 쉴 새 없이 울리는데, 마음 털어놓을 상대는 하나도 없어요.", tag: "친구 목록은 긴데" },
  { quote: "아내도 아이들도 자기 일로 바빠요. 저한테도 '제 편'이 한 명쯤 있어야겠더라고요.", tag: "가족 말고, 내 편" },
  { quote: "이 나이에 새 인연은 어렵다지만, 마음 맞는 사람 하나 만나면 그렇게 든든해요.", tag: "그래도, 통하면" },
];

const CARD_W = 240; // px
const GAP = 14;
const STRIDE = CARD_W + GAP;
const HOLD = 2800; // 카드 한 장이 머무는 시간
const SLIDE = 420; // 스냅 이동 시간

export function PersonaStories() {
  const n = STORIES.length;
  const items = [...STORIES, ...STORIES]; // 끊김 없는 순환을 위한 사본
  const [index, setIndex] = useState(0);
  const [animate, setAnimate] = useState(true);
  const paused = useRef(false);
  const touchX = useRef<number | null>(null);

  // 자동 전환
  useEffect(() => {
    const t = setInterval(() => {
      if (!paused.current) setIndex((i) => i + 1);
    }, HOLD);
    return () => clearInterval(t);
  }, []);

  // 사본의 첫 카드에 닿으면 이동이 끝난 다음 애니메이션 없이 처음으로 되돌림
  useEffect(() => {
    if (index >= n) {
      const t = setTimeout(() => {
        setAnimate(false);
        setIndex((i) => i - n);
      }, SLIDE + 20);
      return () => clearTimeout(t);
    }
  }, [index, n]);

  // 되돌린 바로 다음 프레임에서 애니메이션 다시 켜기
  useEffect(() => {
    if (!animate) {
      const r = requestAnimationFrame(() => setAnimate(true));
      return () => cancelAnimationFrame(r);
    }
  }, [animate]);

  const go = (dir: number) => {
    setAnimate(true);
    setIndex((i) => Math.max(0, Math.min(i + dir, n)));
  };

  return (
    <div
      className="overflow-hidden select-none"
      onMouseEnter={() => (paused.current = true)}
      onMouseLeave={() => (paused.current = false)}
      onTouchStart={(e) => {
        paused.current = true;
        touchX.current = e.touches[0].clientX;
      }}
      onTouchEnd={(e) => {
        if (touchX.current !== null) {
          const dx = e.changedTouches[0].clientX - touchX.current;
          if (Math.abs(dx) > 36) go(dx < 0 ? 1 : -1);
          touchX.current = null;
        }
        paused.current = false;
      }}
    >
      <div
        className="flex items-center"
        style={{
          gap: GAP,
          transform: `translateX(calc(50% - ${CARD_W / 2}px - ${index * STRIDE}px))`,
          transition: animate
            ? `transform ${SLIDE}ms cubic-bezier(0.25, 1, 0.4, 1)`
            : "none",
        }}
      >
        {items.map((s, i) => {
          const active = i === index;
          return (
            <figure
              key={i}
              className="shrink-0 rounded-xl p-4 flex flex-col justify-center"
              style={{
                width: CARD_W,
                minHeight: 140,
                backgroundColor: MOA.ivory,
                transform: active ? "scale(1)" : "scale(0.8)",
                opacity: active ? 1 : 0.5,
                transition: `transform ${SLIDE}ms ease, opacity ${SLIDE}ms ease`,
                boxShadow: active ? "0 6px 20px rgba(0,0,0,0.16)" : "none",
              }}
              aria-hidden={!active}
            >
              <span
                className="text-[11px] font-bold tracking-wide mb-2"
                style={{ color: MOA.olive }}
              >
                {s.tag}
              </span>
              <blockquote
                className="text-[15px] leading-relaxed"
                style={{ color: MOA.charcoal }}
              >
                “{s.quote}”
              </blockquote>
            </figure>
          );
        })}
      </div>

      {/* 위치 표시 점 */}
      <div className="flex justify-center gap-1.5 mt-5">
        {STORIES.map((_, i) => (
          <span
            key={i}
            className="rounded-full transition-all"
            style={{
              width: index % n === i ? 16 : 6,
              height: 6,
              backgroundColor: index % n === i ? MOA.olive : "rgba(250,246,238,0.35)",
            }}
          />
        ))}
      </div>
    </div>
  );
}
