/**
 * Writes the add-in's icons to assets/: a traffic light (red, orange, green lamps on a dark
 * housing), drawn pixel by pixel into PNGs with no image library. Run: npx tsx scripts/makeIcons.ts
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { join } from "node:path";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

type Rgba = [number, number, number, number];

function png(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const HOUSING: Rgba = [38, 50, 56, 255];
const LAMPS: Rgba[] = [
  [229, 57, 53, 255],
  [251, 140, 0, 255],
  [67, 160, 71, 255],
];

function trafficLight(size: number): (x: number, y: number) => Rgba {
  const w = size * 0.5;
  const left = (size - w) / 2;
  const radius = w * 0.22;
  return (x, y) => {
    const cx = x + 0.5;
    const cy = y + 0.5;
    const inHousing = cx >= left && cx <= left + w && cy >= size * 0.04 && cy <= size * 0.96;
    if (!inHousing) return [0, 0, 0, 0];
    for (let i = 0; i < 3; i++) {
      const ly = size * (0.2 + i * 0.3);
      if ((cx - size / 2) ** 2 + (cy - ly) ** 2 <= (radius * 1.35) ** 2) return LAMPS[i];
    }
    return HOUSING;
  };
}

const dir = join(__dirname, "..", "assets");
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 64, 80])
  writeFileSync(join(dir, `icon-${size}.png`), png(size, trafficLight(size)));
writeFileSync(join(dir, "logo-filled.png"), png(300, trafficLight(300)));
