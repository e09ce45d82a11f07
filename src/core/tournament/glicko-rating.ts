import glicko2 from 'glicko2';

/** A one-on-one player's Glicko-2 rating in one game (ratings are kept per game title). */
export interface GlickoRating {
  id: string;
  rating: number;
  /** Rating deviation: how unsure the rating is. */
  rd: number;
  volatility: number;
}

/** One game between two players: `score` is what `a` scored (1 win, ½ draw, 0 loss). */
export interface GlickoGame {
  a: string;
  b: string;
  score: 0 | 0.5 | 1;
}

export interface GlickoSettings {
  /** System constant limiting volatility change; Glickman suggests 0.3–1.2. */
  tau?: number;
}

/** The rating a newcomer starts from. */
export const initialGlicko = { rating: 1500, rd: 350, volatility: 0.06 } as const;

/**
 * Rates one rating period with Glicko-2 (the glicko2 package): every game of the period counts
 * against the opponents' ratings at the start of the period. Feed it each game of a best-of-N
 * (a 2-1 series is three games). Players in `players` without a game this period grow more
 * uncertain (their RD rises). Returns every player, updated; unknown ids in games start new.
 *
 * @example
 * updateGlicko([{ id: 'a', ...initialGlicko }, { id: 'b', ...initialGlicko }], [{ a: 'a', b: 'b', score: 1 }])
 * // [{ id: 'a', rating: 1662.3, ... }, { id: 'b', rating: 1337.7, ... }]
 */
export function updateGlicko(
  players: readonly GlickoRating[],
  games: readonly GlickoGame[],
  settings: GlickoSettings = {},
): GlickoRating[] {
  const system = new glicko2.Glicko2({ tau: settings.tau ?? 0.5, rating: 1500, rd: 350, vol: 0.06 });
  const internal = new Map<string, ReturnType<typeof system.makePlayer>>();
  const order: string[] = [];
  const add = (player: GlickoRating) => {
    if (internal.has(player.id)) return;
    internal.set(player.id, system.makePlayer(player.rating, player.rd, player.volatility));
    order.push(player.id);
  };
  for (const p of players) add(p);
  for (const g of games) {
    add({ id: g.a, ...initialGlicko });
    add({ id: g.b, ...initialGlicko });
  }
  const matches = games.map(
    (g) =>
      [internal.get(g.a), internal.get(g.b), g.score] as [
        ReturnType<typeof system.makePlayer>,
        ReturnType<typeof system.makePlayer>,
        number,
      ],
  );
  system.updateRatings(matches);
  return order.map((id) => {
    const p = internal.get(id) as ReturnType<typeof system.makePlayer>;
    return { id, rating: p.getRating(), rd: p.getRd(), volatility: p.getVol() };
  });
}

/**
 * The games a best-of-N result stands for, as Glicko-2 sees them: each game won is one game.
 * Drawn games (half points) become draws.
 *
 * @example
 * gamesOfMatch('a', 'b', [2, 1]) // [{a:'a',b:'b',score:1}, {a:'a',b:'b',score:1}, {a:'a',b:'b',score:0}]
 */
export function gamesOfMatch(a: string, b: string, scores: readonly [number, number]): GlickoGame[] {
  const games: GlickoGame[] = [];
  const drawn = Math.round((scores[0] % 1) * 2);
  for (let i = 0; i < Math.floor(scores[0]); i++) games.push({ a, b, score: 1 });
  for (let i = 0; i < Math.floor(scores[1]); i++) games.push({ a, b, score: 0 });
  for (let i = 0; i < drawn; i++) games.push({ a, b, score: 0.5 });
  return games;
}
